package org.samakki.access.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API tokens: {@code smk_<client id>_<secret>}. Only a SHA-256 of the 256-bit secret is stored; the
 * token is shown once, when the client is created.
 */
public final class ApiTokens {

  private static final Pattern TOKEN = Pattern.compile("smk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  /** A presented token split into the client it names and its secret. */
  public record Presented(UUID clientId, String secret) {
    public boolean matches(byte[] storedHash) {
      return MessageDigest.isEqual(hash(secret), storedHash);
    }
  }

  public static Optional<Presented> parse(String token) {
    Matcher m = token == null ? null : TOKEN.matcher(token.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    String hex = m.group(1);
    UUID id =
        new UUID(
            Long.parseUnsignedLong(hex.substring(0, 16), 16),
            Long.parseUnsignedLong(hex.substring(16), 16));
    return Optional.of(new Presented(id, m.group(2)));
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String token(UUID clientId, String secret) {
    return "smk_" + clientId.toString().replace("-", "") + "_" + secret;
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
