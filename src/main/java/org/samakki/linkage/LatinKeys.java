package org.samakki.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Folds a romanised name token into its comparison key. Officers in the region spell one sound in
 * many ways (aspirated or not, long or short vowels, doubled letters, ky/ch/j, ay/ei/e, final ng/n,
 * French and English habits), and Thai-script renderings lose some distinctions; the key keeps only
 * what all these spellings agree on. Deterministic, never used for display.
 */
final class LatinKeys {

  private record Rewrite(Pattern pattern, String replacement) {}

  /** Applied in this order; each line is one spelling habit of the region. */
  private static final List<Rewrite> REWRITES =
      List.of(
          // a silent final e after a consonant (French "Somphone", Burmese "Thane")
          rewrite("(?<=[aeiou][bcdfgklmnprstvz])e$", ""),
          rewrite("aye$", "e"),
          rewrite("([^aeiou])\\1+", "$1"),
          // one sound, many consonant spellings
          rewrite("tch", "c"),
          rewrite("ch", "c"),
          rewrite("ky", "c"),
          rewrite("gy", "c"),
          rewrite("j", "c"),
          rewrite("hng", "ng"),
          rewrite("sh|hs", "s"),
          rewrite("ph|hp", "p"),
          rewrite("th|ht", "t"),
          rewrite("kh|gh", "k"),
          rewrite("dh", "d"),
          rewrite("bh", "b"),
          rewrite("h(?=[mnlwy])", ""),
          rewrite("q", "k"),
          rewrite("[xz]", "s"),
          rewrite("v", "w"),
          // vowels: length and diphthong spellings
          // Thai writes Mya as เมียะ and Phyo as เพียว: a glide after a consonant is one sound
          rewrite("(?<=[^aeiou])ia", "ya"),
          rewrite("ay(?![aeiou])|ey(?![aeiou])|ai(?![aeiou])|ei|ae", "e"),
          rewrite("au|aw|ao|ow|oe|oa", "o"),
          rewrite("oo|ou|uu", "u"),
          rewrite("ee|ii", "i"),
          rewrite("y(?![aeiou])", "i"),
          // final consonants as the region's languages pronounce them
          rewrite("(?<=[aeiou])r(?=[^aeiou]|$)", ""),
          rewrite("(?<=.)h(?![aeiou])", ""),
          rewrite("nh$|ng$|nt$|l$", "n"),
          rewrite("d$", "t"),
          rewrite("b$", "p"),
          rewrite("g$", "k"),
          rewrite("(.)\\1+", "$1"));

  private static final int CACHE_LIMIT = 500_000;

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private LatinKeys() {}

  private static Rewrite rewrite(String regex, String replacement) {
    return new Rewrite(Pattern.compile(regex), replacement);
  }

  /** The comparison key of one lower-case ASCII token. */
  static String fold(String token) {
    String cached = CACHE.get(token);
    if (cached != null) {
      return cached;
    }
    String key = token;
    for (Rewrite rewrite : REWRITES) {
      key = rewrite.pattern().matcher(key).replaceAll(rewrite.replacement());
    }
    if (key.isEmpty()) {
      key = token;
    }
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(token, key);
    return key;
  }
}
