package org.samakki.registry.records;

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

  /** The keys of these name forms, as a PostgreSQL tsvector literal. */
  public String tsvector(String... names) {
    Set<String> keys = keys(names);
    return keys.stream()
        .map(k -> "'" + k.replace("'", "''") + "'")
        .collect(Collectors.joining(" "));
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
