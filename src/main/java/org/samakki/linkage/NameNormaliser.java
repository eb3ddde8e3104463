package org.samakki.linkage;

import com.ibm.icu.lang.UScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name written in any script of the region into comparable Latin tokens and keys: detects
 * the script of each part, converts Zawgyi, transliterates with the region's rule sets, removes
 * honorifics and folds spelling variants. Thread-safe; one instance serves the whole application.
 */
public final class NameNormaliser {

  /** Longer input is cut: no real name is longer, and it bounds the work per name. */
  static final int MAX_LENGTH = 200;

  private static final int CACHE_LIMIT = 300_000;

  private final Transliterations transliterations = new Transliterations();
  private final Map<String, NormalisedName> cache = new ConcurrentHashMap<>();

  /** The script most of the letters of a text are written in. */
  public static Script detectScript(String text) {
    int[] counts = new int[Script.values().length];
    text.codePoints().forEach(cp -> counts[scriptOf(cp).ordinal()]++);
    Script best = Script.NONE;
    for (Script script : Script.values()) {
      if (script != Script.NONE && counts[script.ordinal()] > counts[best.ordinal()]) {
        best = script;
      }
    }
    return best;
  }

  private static Script scriptOf(int codePoint) {
    return switch (UScript.getScript(codePoint)) {
      case UScript.LATIN -> Script.LATIN;
      case UScript.THAI -> Script.THAI;
      case UScript.MYANMAR -> Script.MYANMAR;
      case UScript.KHMER -> Script.KHMER;
      case UScript.LAO -> Script.LAO;
      case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> Script.NONE;
      default -> Character.isLetter(codePoint) ? Script.OTHER : Script.NONE;
    };
  }

  /**
   * The comparable names of a record: given and family name together as one name, then each full
   * name and alias; empty names are left out.
   */
  public List<NormalisedName> normalise(PersonRecord record) {
    StringBuilder parts = new StringBuilder();
    List<NormalisedName> names = new ArrayList<>(record.names().size());
    for (NameForm form : record.names()) {
      if (form.kind() == NameKind.GIVEN || form.kind() == NameKind.FAMILY) {
        parts.append(parts.length() == 0 ? "" : " ").append(form.text());
      }
    }
    if (parts.length() > 0) {
      names.add(normalise(parts.toString()));
    }
    for (NameForm form : record.names()) {
      if (form.kind() == NameKind.FULL || form.kind() == NameKind.ALIAS) {
        names.add(normalise(form.text()));
      }
    }
    names.removeIf(NormalisedName::isEmpty);
    return names;
  }

  /** The comparable form of one written name; an empty name when nothing is left of it. */
  public NormalisedName normalise(String text) {
    if (text == null) {
      return new NormalisedName("", Script.NONE, List.of(), List.of());
    }
    NormalisedName cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    NormalisedName result = compute(text);
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(text, result);
    return result;
  }

  private NormalisedName compute(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (clean.length() > MAX_LENGTH) {
      clean = clean.substring(0, MAX_LENGTH);
    }
    clean = Honorifics.stripNativePrefix(clean.strip());
    Script script = detectScript(clean);
    StringBuilder latin = new StringBuilder();
    for (Run run : runs(clean)) {
      latin.append(' ').append(transliterations.romanise(run.script(), run.text()));
    }
    List<String> tokens = tokens(latin.toString());
    List<String> keys = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      keys.add(LatinKeys.fold(token));
    }
    return new NormalisedName(text, script, tokens, keys);
  }

  private record Run(Script script, String text) {}

  /** Splits a text into runs of one script; punctuation and digits join the run they are in. */
  private static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    Script current = Script.NONE;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Script script = scriptOf(cp);
      if (script != Script.NONE && script != current) {
        if (current != Script.NONE || i > start) {
          runs.add(new Run(current, text.substring(start, i)));
        }
        current = script;
        start = i;
      }
      i += Character.charCount(cp);
    }
    runs.add(new Run(current, text.substring(start)));
    return runs;
  }

  private static List<String> tokens(String latin) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    String lower = latin.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z') {
        token.append(c);
      } else if (token.length() > 0) {
        tokens.add(Honorifics.expand(token.toString()));
        token.setLength(0);
      }
    }
    int first = 0;
    while (first < tokens.size() - 1 && Honorifics.LATIN.contains(tokens.get(first))) {
      first++;
    }
    return new ArrayList<>(tokens.subList(first, tokens.size()));
  }
}
