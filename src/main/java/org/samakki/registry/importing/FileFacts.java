package org.samakki.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's SHA-256 (which import it is) and its number of data rows, in one pass. */
record FileFacts(String sha256, int rows) {

  static FileFacts of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      boolean endsWithNewline = true;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        endsWithNewline = buffer[n - 1] == '\n';
      }
      long all = endsWithNewline ? lines : lines + 1;
      return new FileFacts(HexFormat.of().formatHex(digest.digest()), (int) Math.max(0, all - 1));
    } catch (IOException e) {
      throw new ImportFileException("import.file.unreadable", e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
