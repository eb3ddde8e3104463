package org.samakki.linkage;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The region's romanisation rule sets (ICU transliterator rules kept in {@code linkage/*.txt}) and
 * the steps around them: Zawgyi-encoded Burmese is converted to Unicode first.
 */
final class Transliterations {

  /** Above this probability a Burmese text is taken to be Zawgyi-encoded. */
  private static final double ZAWGYI_THRESHOLD = 0.95;

  private final ThreadLocal<Transliterator> thai;
  private final ThreadLocal<Transliterator> burmese;
  private final ThreadLocal<Transliterator> khmer;
  private final ThreadLocal<Transliterator> lao;
  private final ThreadLocal<Transliterator> latin;
  private final ThreadLocal<Transliterator> other;
  private final ThreadLocal<Transliterator> zawgyi;
  private final ZawgyiDetector zawgyiDetector = new ZawgyiDetector();

  Transliterations() {
    String thaiRules = rules("thai-latin.txt");
    String burmeseRules = rules("burmese-latin.txt");
    String khmerRules = rules("khmer-latin.txt");
    String laoRules = rules("lao-latin.txt");
    thai = ThreadLocal.withInitial(() -> fromRules("Thai-Latin/Samakki", thaiRules));
    burmese = ThreadLocal.withInitial(() -> fromRules("Mymr-Latin/Samakki", burmeseRules));
    khmer = ThreadLocal.withInitial(() -> fromRules("Khmr-Latin/Samakki", khmerRules));
    lao = ThreadLocal.withInitial(() -> fromRules("Laoo-Latin/Samakki", laoRules));
    latin =
        ThreadLocal.withInitial(
            () -> Transliterator.getInstance("NFD; [:Mn:] Remove; NFC; Latin-ASCII"));
    other =
        ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; NFD; [:Mn:] Remove; NFC; Latin-ASCII"));
    zawgyi = ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));
    thai.get();
    burmese.get();
  }

  private static Transliterator fromRules(String id, String rules) {
    return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
  }

  private static String rules(String file) {
    try (InputStream in = Transliterations.class.getResourceAsStream("/linkage/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing rule set linkage/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A run of text in one script, romanised (lower-case not guaranteed). */
  String romanise(Script script, String run) {
    return switch (script) {
      case THAI -> thai.get().transliterate(" " + run + " ");
      case MYANMAR -> burmese.get().transliterate(unicodeBurmese(run) + " ");
      case KHMER -> khmer.get().transliterate(" " + run + " ");
      case LAO -> lao.get().transliterate(" " + run + " ");
      case LATIN ->
          isAscii(run) ? run : latin.get().transliterate(run.replace('đ', 'd').replace('Đ', 'D'));
      case OTHER -> other.get().transliterate(run);
      case NONE -> run;
    };
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Burmese typed with the legacy Zawgyi font encoding, converted to Unicode. */
  String unicodeBurmese(String run) {
    if (zawgyiDetector.getZawgyiProbability(run) > ZAWGYI_THRESHOLD) {
      return zawgyi.get().transliterate(run);
    }
    return run;
  }
}
