package org.samakki.registry;

import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;

/** Persons through {@code /api/registry/persons/{id}}, imported for the agency. */
public class PersonProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "person";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    return Long.toString(new RegistryFixtures(accounts.context()).onePerson(agency.id()));
  }

  @Override
  public String path(String id) {
    return "/api/registry/persons/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "givenName" -> "Aung Kyaw";
      case "familyName" -> "Oo";
      case "nameNative" -> "အောင်ကျော်ဦး";
      case "honorific" -> "U";
      case "sex" -> "M";
      case "birthDate" -> "1988-03";
      case "nationality" -> "MMR";
      case "phone" -> "+66 81 234 5678";
      case "email" -> "worker@example.org";
      case "language" -> "my";
      case "personRef" -> "REF-" + System.nanoTime();
      default -> "x";
    };
  }
}
