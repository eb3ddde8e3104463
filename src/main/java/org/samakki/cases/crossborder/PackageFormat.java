package org.samakki.cases.crossborder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed package (see {@code docs/cross-border-package.md}):
 *
 * <pre>
 * "SAMAKKI-XB" (10 bytes ASCII) ‖ version 1 (1 byte) ‖ wrapped key length (2 bytes, big-endian)
 * ‖ wrapped key (RSA-OAEP, SHA-256, MGF1 SHA-256) ‖ nonce (12 bytes)
 * ‖ AES-256-GCM ciphertext of the ZIP with its 16-byte tag
 * </pre>
 *
 * The associated data of AES-GCM is every byte before the ciphertext, so no part of the header can
 * be changed or swapped without the package failing to open. Only the JDK’s own cryptography.
 */
public final class PackageFormat {

  static final byte[] MAGIC = "SAMAKKI-XB".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final OAEPParameterSpec OAEP =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private PackageFormat() {}

  /** Zips the entries (in their order) and seals the ZIP for the holder of this public key. */
  static byte[] seal(Map<String, byte[]> entries, PublicKey recipient) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      SecretKey key = generator.generateKey();
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.WRAP_MODE, recipient, OAEP);
      byte[] wrapped = rsa.wrap(key);
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(header);
      out.write(MAGIC);
      out.writeByte(VERSION);
      out.writeShort(wrapped.length);
      out.write(wrapped);
      out.write(nonce);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      aes.updateAAD(header.toByteArray());
      out.write(aes.doFinal(zip(entries)));
      return header.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot seal a cross-border package", e);
    }
  }

  /**
   * The entries of a package, opened with the counterpart’s private key; an exception if the key is
   * not the one it was sealed for or a byte was changed.
   */
  public static Map<String, byte[]> open(byte[] sealed, PrivateKey key)
      throws GeneralSecurityException {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(sealed));
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readByte() != VERSION) {
        throw new GeneralSecurityException("Not a Samakki cross-border package of version 1");
      }
      byte[] wrapped = in.readNBytes(in.readUnsignedShort());
      byte[] nonce = in.readNBytes(NONCE);
      int headerLength = MAGIC.length + 1 + 2 + wrapped.length + NONCE;
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.UNWRAP_MODE, key, OAEP);
      SecretKey aesKey = (SecretKey) rsa.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(aesKey.getEncoded(), "AES"),
          new GCMParameterSpec(128, nonce));
      aes.updateAAD(sealed, 0, headerLength);
      byte[] zip = aes.doFinal(sealed, headerLength, sealed.length - headerLength);
      return unzip(zip);
    } catch (IOException e) {
      throw new GeneralSecurityException("A truncated or malformed package", e);
    }
  }

  /** A private key from a PEM {@code PRIVATE KEY} (PKCS #8), as the counterpart keeps it. */
  public static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    String begin = "-----BEGIN PRIVATE KEY-----";
    String end = "-----END PRIVATE KEY-----";
    if (!pem.contains(begin) || !pem.contains(end)) {
      throw new GeneralSecurityException("Not a PEM PRIVATE KEY (PKCS #8)");
    }
    String body =
        pem.substring(pem.indexOf(begin) + begin.length(), pem.indexOf(end)).replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
