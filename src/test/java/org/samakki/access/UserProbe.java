package org.samakki.access;

import java.util.List;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;

/** User accounts through {@code /api/access/users}. */
public class UserProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "user";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    return accounts.user(agency, "caseworker").id().toString();
  }

  @Override
  public String path(String id) {
    return "/api/access/users/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "displayName" -> "Ma Thandar Aung";
      case "email" -> "thandar@example.org";
      case "roles" -> List.of("caseworker", "enumerator");
      case "areaCode" -> "63";
      case "expiresOn" -> "2030-12-31";
      case "teamId", "supervisorId", "id", "agencyId" -> null;
      case "disabled", "mustChangePassword", "secondFactorEnrolled" -> true;
      default -> "x";
    };
  }
}
