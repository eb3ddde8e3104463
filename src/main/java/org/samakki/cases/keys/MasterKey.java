package org.samakki.cases.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.samakki.Deployment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that wraps every case's data key. In production it comes from {@code SAMAKKI_MASTER_KEY}
 * (32 random bytes, Base64) and never from the database, so that a stolen dump or backup holds no
 * readable sensitive field; in demo mode it is generated once into the data directory (owner-only).
 */
@Component
class MasterKey {

  private final String configured;
  private final boolean demo;
  private final Path file;
  private volatile SecretKey key;

  MasterKey(
      @Value("${samakki.cases.master-key:}") String configured,
      Deployment deployment,
      @Value("${samakki.data-dir}") Path dataDir) {
    this.configured = configured;
    this.demo = deployment.demo();
    this.file = dataDir.resolve("master.key");
  }

  SecretKey get() {
    SecretKey loaded = key;
    if (loaded == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        loaded = key;
      }
    }
    return loaded;
  }

  private SecretKey load() {
    if (!configured.isBlank()) {
      return aes(decode(configured.strip()));
    }
    if (!demo) {
      throw new IllegalStateException(
          "Set SAMAKKI_MASTER_KEY (32 random bytes, Base64) to keep protection cases");
    }
    try {
      if (!Files.exists(file)) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling("master.key.part");
        Files.writeString(part, Base64.getEncoder().encodeToString(bytes));
        restrict(part);
        Files.move(part, file);
      }
      return aes(decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo master key in " + file, e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "The master key must be 32 bytes (Base64), not " + bytes.length);
    }
    return bytes;
  }

  private static SecretKey aes(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }

  private static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException windows) {
      // not a POSIX file system: the data directory's own permissions protect it
    }
  }
}
