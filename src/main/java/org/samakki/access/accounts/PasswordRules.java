package org.samakki.access.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable (ASVS 5.0 V6): 12 to 128 characters, not a common or breached
 * password, not such a word padded with digits or symbols, not the username, not one character
 * repeated. No composition rules and no forced rotation. Checked offline against a list shipped
 * with the application.
 */
@Component
public class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final String LIST = "access/common-passwords.txt.gz";
  private static final Pattern PADDING =
      Pattern.compile("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$");
  private static final Set<String> CONTEXT_WORDS =
      Set.of(
          "samakki", "migrant", "migration", "thailand", "bangkok", "myanmar", "welcome", "admin");

  private final Set<String> common;

  PasswordRules() {
    this.common = load();
  }

  /** The message keys of everything wrong with this password; empty when it is acceptable. */
  public List<String> problems(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null) {
      problems.add("password.tooShort");
      return problems;
    }
    String normalised = normalise(password);
    int length = normalised.codePointCount(0, normalised.length());
    if (length < MIN_LENGTH) {
      problems.add("password.tooShort");
    }
    if (length > MAX_LENGTH) {
      problems.add("password.tooLong");
    }
    String lower = normalised.toLowerCase(Locale.ROOT);
    String core = PADDING.matcher(lower).replaceAll("");
    if (common.contains(lower)
        || (core.length() >= 4 && (common.contains(core) || CONTEXT_WORDS.contains(core)))) {
      problems.add("password.common");
    }
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("password.containsUsername");
    }
    if (lower.codePoints().distinct().count() <= 3) {
      problems.add("password.repetitive");
    }
    return problems;
  }

  /** Unicode passwords are compared in NFKC form, so that the same text typed twice matches. */
  static String normalise(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(60_000);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(LIST).getInputStream()),
                StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.isBlank()).forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LIST, e);
    }
    return Set.copyOf(words);
  }
}
