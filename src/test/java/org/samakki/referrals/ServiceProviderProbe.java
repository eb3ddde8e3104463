package org.samakki.referrals;

import java.util.List;
import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.cases.CaseFixtures;

/** Providers of the directory through {@code /api/providers/{id}}: a shelter of the agency. */
public class ServiceProviderProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "service-provider";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    return new CaseFixtures(accounts).shelter(agency).toString();
  }

  @Override
  public String path(String id) {
    return "/api/providers/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "name" -> "Renamed shelter";
      case "services" -> List.of("SHELTER", "MEDICAL");
      case "provinces" -> List.of("63", "50");
      case "languages" -> List.of("th", "my");
      case "contact" -> "+66 55 000 999";
      default -> "x";
    };
  }
}
