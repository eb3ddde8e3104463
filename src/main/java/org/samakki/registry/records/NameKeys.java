package org.samakki.registry.records;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.NormalisedName;
import org.springframework.stereotype.Component;

/**
 * The search keys of a person's names: every name form, in any script, folded by the linkage engine
 * so that different spellings meet ("Aung Kyaw Moe", "Aung Kyaw Mo", အောင်ကျော်မိုး).
 */
@Component
public class NameKeys {

  private final NameNormaliser normaliser = new NameNormaliser();

  /**
   * The keys of these name forms, and one lexeme per whole form (see {@link #form}), as a
   * PostgreSQL tsvector literal.
   */
  public String tsvector(String... names) {
    Set<String> lexemes = keys(names);
    StringBuilder latin = new StringBuilder();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      if (NameNormaliser.detectScript(name) == org.samakki.linkage.Script.LATIN) {
        latin.append(name).append(' ');
      } else {
        add(lexemes, form(normaliser.normalise(name).keys()));
      }
    }
    add(lexemes, form(normaliser.normalise(latin.toString()).keys()));
    return lexemes.stream()
        .map(k -> "'" + k.replace("'", "''") + "'")
        .collect(Collectors.joining(" "));
  }

  /**
   * The lexeme of a whole name as typed, as a tsquery literal; null when it has no keys. A common
   * name (69,000 people are “Aung Kyaw” among five million) is then one posting list to read
   * instead of the intersection of two lists of half a million.
   */
  public String formQuery(String typed) {
    String form = form(keys(typed));
    return form == null ? null : "'" + form.replace("'", "''") + "'";
  }

  /**
   * One lexeme for a whole name form: its keys sorted, so that the order of words does not matter.
   */
  static String form(Collection<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    return "=" + keys.stream().sorted().distinct().collect(Collectors.joining("_"));
  }

  private static void add(Set<String> lexemes, String lexeme) {
    if (lexeme != null) {
      lexemes.add(lexeme);
    }
  }

  /** The keys of what someone typed, to search with. */
  public Set<String> keys(String... names) {
    Set<String> keys = new LinkedHashSet<>();
    StringBuilder latin = new StringBuilder();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      if (NameNormaliser.detectScript(name) == org.samakki.linkage.Script.LATIN) {
        latin.append(name).append(' ');
      } else {
        keys.addAll(normaliser.normalise(name).keys());
      }
    }
    NormalisedName latinName = normaliser.normalise(latin.toString());
    keys.addAll(latinName.keys());
    return keys;
  }

  /** The language notices are written in for a worker of this nationality. */
  public static String language(String nationality) {
    if (nationality == null) {
      return "en";
    }
    return switch (nationality) {
      case "MMR" -> "my";
      case "KHM" -> "km";
      case "LAO" -> "lo";
      case "VNM" -> "vi";
      case "THA" -> "th";
      default -> "en";
    };
  }
}
