package org.samakki.access.accounts;

import java.security.SecureRandom;

/** Random passwords handed over once (demo users, resets): 20 characters easy to read aloud. */
final class TemporaryPasswords {

  // no 0/O, 1/l/I: read over the phone or from a printout without mistakes
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  static String generate() {
    StringBuilder password = new StringBuilder();
    for (int group = 0; group < 4; group++) {
      if (group > 0) {
        password.append('-');
      }
      for (int i = 0; i < 5; i++) {
        password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    return password.toString();
  }
}
