package org.samakki.access;

import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;

/** Agencies through {@code /api/access/agencies}; the record is the actor's own agency. */
public class AgencyProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "agency";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    return agency.id().toString();
  }

  @Override
  public String path(String id) {
    return "/api/access/agencies/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "code" -> "NEW-" + Long.toString(System.nanoTime() % 100000);
      case "name" -> "Renamed agency";
      case "type" -> "NGO";
      case "active" -> true;
      case "userCount" -> 7;
      default -> null;
    };
  }
}
