package org.samakki.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people read and type them in Thailand: shown in the reader's calendar (Gregorian or
 * Buddhist era) and language, and typed in either era, because a year above 2400 can only be B.E.
 */
public final class EraDates {

  /** Any year above this is read as Buddhist era: B.E. 2400 is 1857 C.E. */
  public static final int LAST_GREGORIAN_YEAR = 2400;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final Locale locale;
  private final ZoneId zone;

  public EraDates(Locale locale) {
    this(locale, ZoneId.of("Asia/Bangkok"));
  }

  public EraDates(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
  }

  public CalendarSystem calendar() {
    return CalendarSystem.of(locale);
  }

  /** A date for reading, such as “22 พ.ย. 2569” or “22 Nov 2026”. */
  public String format(LocalDate date) {
    return date == null ? "" : formatter("d MMM yyyy").format(date);
  }

  /** A moment for reading, in Samakki's time zone: “22 พ.ย. 2569 14:05”. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : formatter("d MMM yyyy HH:mm").format(instant.atZone(zone));
  }

  /** A date for a form field, as “2569-11-22” in B.E. or “2026-11-22” in C.E. */
  public String input(LocalDate date) {
    return date == null ? "" : formatter("yyyy-MM-dd").format(date);
  }

  /**
   * A date known only in part, written “1990”, “1990-05” or “1990-05-12” (birth dates often are):
   * shown to the precision known, in the reader's calendar.
   */
  public String partial(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    String[] parts = iso.strip().split("-");
    try {
      int year = Integer.parseInt(parts[0]);
      if (parts.length == 1) {
        return Integer.toString(calendar().displayYear(year));
      }
      LocalDate date =
          LocalDate.of(
              year, Integer.parseInt(parts[1]), parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
      return parts.length == 2 ? formatter("MMM yyyy").format(date) : format(date);
    } catch (NumberFormatException | DateTimeException e) {
      return iso;
    }
  }

  /** The year in the reader's calendar. */
  public int year(LocalDate date) {
    return calendar().displayYear(date.getYear());
  }

  /** The hint shown next to date fields, “YYYY-MM-DD” with the era of the reader. */
  public String pattern() {
    return calendar() == CalendarSystem.BUDDHIST ? "2569-11-22" : "2026-11-22";
  }

  /**
   * Reads “2569-11-22”, “2026-11-22” or “22/11/2569” in either era.
   *
   * @throws IllegalArgumentException when the text is not such a date
   */
  public static LocalDate parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    Matcher iso = ISO.matcher(trimmed);
    Matcher dayFirst = DAY_FIRST.matcher(trimmed);
    try {
      if (iso.matches()) {
        return of(iso.group(1), iso.group(2), iso.group(3));
      }
      if (dayFirst.matches()) {
        return of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not a date: " + trimmed, e);
    }
    throw new IllegalArgumentException("Not a date: " + trimmed);
  }

  /** A Gregorian year from a year written in either era. */
  public static int gregorianYear(int year) {
    return year > LAST_GREGORIAN_YEAR ? year - CalendarSystem.BUDDHIST_ERA_OFFSET : year;
  }

  private static LocalDate of(String year, String month, String day) {
    return LocalDate.of(
        gregorianYear(Integer.parseInt(year)), Integer.parseInt(month), Integer.parseInt(day));
  }

  private DateTimeFormatter formatter(String pattern) {
    // Latin digits in every language, so that mixed teams read the same numbers.
    return DateTimeFormatter.ofPattern(pattern)
        .localizedBy(locale)
        .withDecimalStyle(DecimalStyle.STANDARD);
  }
}
