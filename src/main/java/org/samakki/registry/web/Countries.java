package org.samakki.registry.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.springframework.stereotype.Component;

/**
 * Country names for the ISO 3166 alpha-3 codes the registry stores, in the reader's language (from
 * the Java runtime's CLDR data), and the origin countries offered first in forms.
 */
@Component("countries")
public class Countries {

  /** The countries most migrant workers in Thailand come from, in the order forms offer them. */
  static final List<String> ORIGINS =
      List.of("MMR", "KHM", "LAO", "VNM", "CHN", "NPL", "BGD", "IND", "LKA", "PHL", "IDN");

  private final Map<String, String> alpha2 = new HashMap<>();

  Countries() {
    for (String code : Locale.getISOCountries()) {
      try {
        alpha2.put(new Locale("", code).getISO3Country(), code);
      } catch (MissingResourceException e) {
        // a code without an alpha-3 form: nobody can have it as a nationality here
      }
    }
  }

  /** The country's name in this language, or the code itself if it is not a country. */
  public String name(String alpha3, Locale locale) {
    if (alpha3 == null) {
      return "";
    }
    String code = alpha2.get(alpha3);
    return code == null ? alpha3 : new Locale("", code).getDisplayCountry(locale);
  }

  public List<String> origins() {
    return ORIGINS;
  }
}
