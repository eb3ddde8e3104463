package org.samakki.cases.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Field-level encryption of a case's sensitive fields (narratives, health, immigration status) with
 * a data key of its own, wrapped by the master key (envelope encryption, DP-18). Destroying the
 * case key makes those fields unreadable everywhere, backups included (crypto-shredding, DP-11).
 */
@Service
public class CaseKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final MasterKey master;
  private final Clock clock;

  CaseKeys(JdbcClient jdbc, MasterKey master, Clock clock) {
    this.jdbc = jdbc;
    this.master = master;
    this.clock = clock;
  }

  /** Makes the data key of a new case. */
  public void create(UUID caseId) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    jdbc.sql("insert into cases.case_key (case_id, wrapped_key, created_at) values (?, ?, ?)")
        .params(caseId, Aead.seal(master.get(), key, wrapping(caseId)), OffsetDateTime.now(clock))
        .update();
  }

  /** Encrypts a field's value for this case; null stays null. */
  public byte[] seal(UUID caseId, String field, String value) {
    if (value == null) {
      return null;
    }
    SecretKey key =
        dataKey(caseId)
            .orElseThrow(
                () -> new IllegalStateException("The key of case " + caseId + " is destroyed"));
    return Aead.seal(key, value.getBytes(StandardCharsets.UTF_8), associated(caseId, field));
  }

  /**
   * The field's value, or empty when the case key was destroyed. A value that does not belong to
   * this case and field (copied from another row) is refused, never shown.
   */
  public Optional<String> open(UUID caseId, String field, byte[] sealed) {
    if (sealed == null) {
      return Optional.empty();
    }
    Optional<SecretKey> key = dataKey(caseId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new String(
              Aead.open(key.get(), sealed, associated(caseId, field)), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new TamperedFieldException(caseId, field);
    }
  }

  /** Encrypts bytes (an attachment's content) for this case and this name; null stays null. */
  public byte[] sealBytes(UUID caseId, String field, byte[] value) {
    if (value == null) {
      return null;
    }
    SecretKey key =
        dataKey(caseId)
            .orElseThrow(
                () -> new IllegalStateException("The key of case " + caseId + " is destroyed"));
    return Aead.seal(key, value, associated(caseId, field));
  }

  /** The bytes sealed under this name, or empty when the case key was destroyed. */
  public Optional<byte[]> openBytes(UUID caseId, String field, byte[] sealed) {
    if (sealed == null) {
      return Optional.empty();
    }
    Optional<SecretKey> key = dataKey(caseId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Aead.open(key.get(), sealed, associated(caseId, field)));
    } catch (GeneralSecurityException e) {
      throw new TamperedFieldException(caseId, field);
    }
  }

  /** Destroys the case key: every sealed field of the case is unreadable from now on. */
  public void destroy(UUID caseId) {
    jdbc.sql(
            "update cases.case_key set wrapped_key = null, destroyed_at = ?"
                + " where case_id = ? and destroyed_at is null")
        .params(OffsetDateTime.now(clock), caseId)
        .update();
  }

  public boolean destroyed(UUID caseId) {
    return jdbc.sql("select destroyed_at is not null from cases.case_key where case_id = ?")
        .param(caseId)
        .query(Boolean.class)
        .optional()
        .orElse(true);
  }

  private Optional<SecretKey> dataKey(UUID caseId) {
    Optional<byte[]> wrapped =
        jdbc.sql(
                "select wrapped_key from cases.case_key where case_id = ? and destroyed_at is null")
            .param(caseId)
            .query(byte[].class)
            .optional();
    return wrapped.map(
        w -> {
          try {
            return new SecretKeySpec(Aead.open(master.get(), w, wrapping(caseId)), "AES");
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                "The key of case " + caseId + " cannot be unwrapped: wrong master key?", e);
          }
        });
  }

  private static String wrapping(UUID caseId) {
    return "case-key:" + caseId;
  }

  private static String associated(UUID caseId, String field) {
    return "case:" + caseId + ":" + field;
  }
}
