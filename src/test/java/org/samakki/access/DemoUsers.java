package org.samakki.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The credentials the demo mode wrote to the data directory, as a newcomer would read them. */
public final class DemoUsers {

  private DemoUsers() {}

  /** One line of {@code demo-users.txt}. */
  public record Credentials(String username, String password, Optional<String> totpSecret) {}

  public static Credentials of(String role) {
    Path file = Path.of(System.getProperty("samakki.data-dir", "data")).resolve("demo-users.txt");
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("demo-" + role + " "))
          .map(l -> l.split(" \\| "))
          .map(
              p ->
                  new Credentials(
                      p[0], p[3], p[4].equals("-") ? Optional.empty() : Optional.of(p[4])))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No demo user for " + role + " in " + file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
