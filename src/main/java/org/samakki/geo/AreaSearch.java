package org.samakki.geo;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds areas by what people type: part of the Thai or English name in any case, with or without
 * spaces, accents or the Thai words for province, district and subdistrict, or a DOPA or P-code.
 */
final class AreaSearch {

  private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036f]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.'’,()]+");
  private static final Pattern THAI_AREA_WORDS =
      Pattern.compile("^(จังหวัด|จ\\.|อำเภอ|อ\\.|เขต|ตำบล|ต\\.|แขวง|กิ่งอำเภอ)");
  private static final Pattern CODE = Pattern.compile("(?i)(th)?(\\d{1,6})");

  private AreaSearch() {}

  /** One area with its searchable keys. */
  record Entry(AdminArea area, String keyEn, String keyTh) {
    static Entry of(AdminArea area) {
      return new Entry(area, key(area.nameEn()), key(area.nameTh()));
    }
  }

  static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String withoutMarks = LATIN_MARKS.matcher(decomposed).replaceAll("");
    String compact = SEPARATORS.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll("");
    return Normalizer.normalize(compact, Normalizer.Form.NFC);
  }

  static List<AdminArea> search(
      List<Entry> entries, String query, Set<AreaLevel> levels, String within, int limit) {
    String trimmed = query == null ? "" : query.strip();
    var codeMatch = CODE.matcher(trimmed);
    String code = codeMatch.matches() ? codeMatch.group(2) : null;
    String key = key(THAI_AREA_WORDS.matcher(trimmed).replaceFirst(""));
    if (key.isEmpty()) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> levels.isEmpty() || levels.contains(e.area().level()))
        .filter(e -> within == null || e.area().isWithin(within))
        .filter(
            e ->
                code != null
                    ? e.area().code().startsWith(code)
                    : e.keyEn().contains(key) || e.keyTh().contains(key))
        .sorted(ranking(key))
        .limit(limit)
        .map(Entry::area)
        .toList();
  }

  /** Names that start with the query first, then larger areas, then shorter names. */
  private static Comparator<Entry> ranking(String key) {
    return Comparator.<Entry>comparingInt(
            e -> e.keyEn().startsWith(key) || e.keyTh().startsWith(key) ? 0 : 1)
        .thenComparing(e -> e.area().level())
        .thenComparingInt(e -> Math.min(e.keyEn().length(), e.keyTh().length()))
        .thenComparing(e -> e.area().code());
  }
}
