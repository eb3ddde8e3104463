package org.samakki;

import java.util.List;
import java.util.Optional;

/** The words after a command's name: options as {@code --name value} or {@code --name=value}. */
public record CommandArguments(List<String> words) {

  public CommandArguments {
    words = List.copyOf(words);
  }

  /** The value of an option, if given. */
  public Optional<String> option(String name) {
    String flag = "--" + name;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith(flag + "=")) {
        return Optional.of(word.substring(flag.length() + 1));
      }
      if (word.equals(flag) && i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
        return Optional.of(words.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The value of an option that must be given. */
  public String required(String name) {
    return option(name).orElseThrow(() -> new IllegalArgumentException("Missing option --" + name));
  }

  /** Whether a flag without a value is present. */
  public boolean flag(String name) {
    return words.contains("--" + name);
  }
}
