package org.samakki.access.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The single-use token that registers the first administrator; only its hash is stored. */
@Component
class SetupTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;

  SetupTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token replacing any unused one: only the latest printed token works. */
  String issue() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into access.setup_token (id, token_hash, created_at) values (1, ?, ?)"
                + " on conflict (id) do update set token_hash = excluded.token_hash,"
                + " created_at = excluded.created_at, used_at = null")
        .params(hash(token), now())
        .update();
    return token;
  }

  /** Uses the token up if it is the unused one; false otherwise. Call inside a transaction. */
  boolean consume(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return jdbc.sql(
                "update access.setup_token set used_at = ? where id = 1 and used_at is null"
                    + " and token_hash = ?")
            .params(now(), hash(token.strip()))
            .update()
        == 1;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
