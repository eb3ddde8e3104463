package org.samakki.registry.statistics;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Narrows the statistics to one province (DOPA code, where the worker works) and one nationality
 * (ISO alpha-3); either may be absent.
 */
public record StatisticsFilter(String province, String nationality) {

  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{3}");

  public StatisticsFilter {
    province = blankToNull(province);
    nationality = blankToNull(nationality);
    if (nationality != null) {
      nationality = nationality.toUpperCase(Locale.ROOT);
    }
    if (province != null && !PROVINCE.matcher(province).matches()) {
      throw new BadFilterException("Not a province code: " + province);
    }
    if (nationality != null && !NATIONALITY.matcher(nationality).matches()) {
      throw new BadFilterException("Not an ISO alpha-3 nationality: " + nationality);
    }
  }

  public static StatisticsFilter none() {
    return new StatisticsFilter(null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
