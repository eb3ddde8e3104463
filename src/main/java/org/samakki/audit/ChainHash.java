package org.samakki.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The hash that chains an entry to the one before it: SHA-256 of the previous hash and a canonical,
 * unambiguous text of every column, so that changing any column or removing any entry is detected.
 */
final class ChainHash {

  static final byte[] GENESIS = new byte[32];
  private static final String VERSION = "v1";

  private ChainHash() {}

  static byte[] of(byte[] previous, AuditEntry entry) {
    MessageDigest sha256 = sha256();
    sha256.update(previous);
    sha256.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
    return sha256.digest();
  }

  static String canonical(AuditEntry e) {
    return String.join(
        "|",
        VERSION,
        Long.toString(e.seq()),
        Long.toString(micros(e.occurredAt())),
        text(e.actorId()),
        text(e.actorName()),
        list(e.roles()),
        text(e.agencyId()),
        text(e.purpose()),
        text(e.agreement()),
        text(e.action()),
        text(e.resourceType()),
        list(e.recordIds()),
        list(e.fields()),
        e.outcome().name(),
        text(e.reason()),
        text(e.clientAddress()),
        text(e.requestId()));
  }

  /** PostgreSQL keeps microseconds: the hash is computed on what the database will return. */
  static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static String text(Object value) {
    if (value == null) {
      return "\\0";
    }
    return value.toString().replace("\\", "\\\\").replace("|", "\\|").replace(",", "\\,");
  }

  private static String list(List<String> values) {
    return String.join(",", values.stream().map(ChainHash::text).toList());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
