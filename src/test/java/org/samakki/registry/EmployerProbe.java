package org.samakki.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Employers through {@code /api/registry/employers/{id}}, imported with a worker. */
public class EmployerProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "employer";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    RegistryFixtures fixtures = new RegistryFixtures(accounts.context());
    String ref = "PROBE-" + System.nanoTime();
    RegistryFixtures.Row row = RegistryFixtures.worker().with("employer_ref", ref);
    try {
      fixtures.load(Files.createTempDirectory("probe"), agency.id(), row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return accounts
        .context()
        .getBean(JdbcClient.class)
        .sql("select id from registry.employer where employer_ref = ?")
        .param(ref)
        .query(Long.class)
        .single()
        .toString();
  }

  @Override
  public String path(String id) {
    return "/api/registry/employers/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "name" -> "Samut Sakhon Cannery Ltd.";
      case "kind" -> "JURISTIC";
      case "sector" -> "FISHING";
      case "contactEmail" -> "hr@example.org";
      case "contactPhone" -> "034 123 456";
      case "workers" -> 3;
      default -> "x";
    };
  }
}
