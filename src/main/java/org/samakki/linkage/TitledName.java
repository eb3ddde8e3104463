package org.samakki.linkage;

import java.util.Locale;
import java.util.Set;

/**
 * A name as written with a title in front (“U Aung Kyaw”, “นางสาว สมใจ”, “Mr John”), split into the
 * title and the name, so that registers keep honorifics apart from names. Only unambiguous titles
 * are split off: Burmese Maung, Ma and Ko, Shan Nang and Karen Saw are often part of the name
 * itself and stay in it.
 */
public record TitledName(String title, String name) {

  private static final Set<String> LATIN_TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mister", "dr", "mdm", "madam", "u", "daw", "nai", "khun",
          "thao", "lok");

  private static final Set<String> AMBIGUOUS_NATIVE = Set.of("หม่อง", "မောင်", "နန်း", "ကို");

  /** Splits a leading title off a name; a name that is only a title is left whole. */
  public static TitledName of(String written) {
    if (written == null || written.isBlank()) {
      return new TitledName(null, written);
    }
    String text = written.strip();
    for (String prefix : Honorifics.NATIVE_PREFIXES) {
      if (!AMBIGUOUS_NATIVE.contains(prefix)
          && text.startsWith(prefix)
          && text.length() > prefix.length()) {
        return new TitledName(prefix, text.substring(prefix.length()).strip());
      }
    }
    int space = text.indexOf(' ');
    if (space > 0) {
      String first = text.substring(0, space);
      String bare = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
      if (LATIN_TITLES.contains(bare.toLowerCase(Locale.ROOT))
          && !text.substring(space).isBlank()) {
        return new TitledName(first, text.substring(space + 1).strip());
      }
    }
    return new TitledName(null, text);
  }
}
