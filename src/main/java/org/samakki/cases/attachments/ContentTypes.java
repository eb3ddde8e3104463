package org.samakki.cases.attachments;

import java.util.Map;
import org.apache.tika.Tika;

/**
 * What a file is, from its first bytes (magic numbers) and never from its name or the type the
 * browser declared; only the types on the allow-list are kept.
 */
final class ContentTypes {

  /** The allowed types and the extension a download gets. */
  static final Map<String, String> ALLOWED =
      Map.of(
          "application/pdf", "pdf",
          "image/jpeg", "jpg",
          "image/png", "png",
          "text/plain", "txt");

  private static final Tika TIKA = new Tika();

  private ContentTypes() {}

  /** The allowed type of these bytes, or an exception with the message key for a refused type. */
  static String detect(byte[] content) {
    // bytes only: Tika is given no file name, so "report.pdf" holding HTML is HTML
    String detected = TIKA.detect(content);
    if (!ALLOWED.containsKey(detected)) {
      throw new IllegalArgumentException("cases.attachment.typeRefused");
    }
    return detected;
  }

  static boolean image(String type) {
    return type.startsWith("image/");
  }
}
