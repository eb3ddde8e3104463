package org.samakki.cases.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce and associated data that names where a ciphertext belongs
 * (a case and a field): moved to another row or field, it no longer decrypts (DP-18).
 */
final class Aead {

  static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aead() {}

  /** {@code version ‖ nonce ‖ ciphertext and tag}. */
  static byte[] seal(SecretKey key, byte[] plaintext, String associated) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(1 + NONCE + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The plaintext, or an exception if the bytes were changed or belong elsewhere. */
  static byte[] open(SecretKey key, byte[] sealed, String associated)
      throws GeneralSecurityException {
    if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new GeneralSecurityException("Not a sealed value of version " + VERSION);
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
    cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
    return cipher.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
  }
}
