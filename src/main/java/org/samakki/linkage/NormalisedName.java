package org.samakki.linkage;

import java.util.List;
import java.util.Objects;

/**
 * A name made comparable: the script it was written in, its Latin romanisation without honorifics
 * split into tokens, and one comparison key per token that different officers' spellings converge
 * on ("Kyaw" and "Chaw" and Thai "จ่อ" all have the key "co").
 */
public record NormalisedName(
    String original, Script script, List<String> tokens, List<String> keys) {

  public NormalisedName {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(script, "script");
    tokens = List.copyOf(tokens);
    keys = List.copyOf(keys);
    if (tokens.size() != keys.size()) {
      throw new IllegalArgumentException("One key per token");
    }
  }

  /** The romanised name, tokens in written order. */
  public String romanised() {
    return String.join(" ", tokens);
  }

  /** The keys sorted, so that the order of the name parts does not matter. */
  public String sortedKey() {
    return String.join(" ", keys.stream().sorted().toList());
  }

  /** Whether nothing of a name was left (only punctuation, digits or honorifics). */
  public boolean isEmpty() {
    return keys.isEmpty();
  }
}
