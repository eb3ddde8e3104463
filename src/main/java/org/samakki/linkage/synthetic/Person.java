package org.samakki.linkage.synthetic;

import java.util.List;
import org.samakki.linkage.synthetic.NamePools.Part;

/** The truth about one synthetic person, from which each of their records is rendered. */
record Person(
    String id,
    String nationality,
    boolean male,
    int year,
    int month,
    int day,
    List<Part> given,
    List<Part> family,
    List<String> passports,
    String pinkCard,
    String phone,
    String province) {

  Person {
    given = List.copyOf(given);
    family = List.copyOf(family);
    passports = List.copyOf(passports);
  }
}
