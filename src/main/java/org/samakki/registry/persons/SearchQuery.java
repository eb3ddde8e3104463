package org.samakki.registry.persons;

/** What an officer searches with; every part optional, at least one given. */
public record SearchQuery(
    String name, String documentNumber, Integer birthYear, String nationality, String areaCode) {

  public SearchQuery {
    name = blank(name);
    documentNumber = blank(documentNumber);
    nationality = blank(nationality);
    areaCode = blank(areaCode);
    if (birthYear != null && birthYear > 2400) {
      birthYear = birthYear - 543;
    }
  }

  public boolean isEmpty() {
    return name == null
        && documentNumber == null
        && birthYear == null
        && nationality == null
        && areaCode == null;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
