package org.samakki.linkage;

/**
 * Packs a cleaned document number (digits and capital letters, at most 20) into two longs, six bits
 * a character, so that millions of numbers cost 16 bytes each instead of a String each.
 */
final class DocumentCodes {

  private static final int PER_LONG = 10;

  private DocumentCodes() {}

  static int code(char c) {
    if (c >= '0' && c <= '9') {
      return 1 + c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return 11 + c - 'A';
    }
    throw new IllegalArgumentException("Not a cleaned document character: " + c);
  }

  static char character(int code) {
    return code <= 10 ? (char) ('0' + code - 1) : (char) ('A' + code - 11);
  }

  /** Characters 0-9 (part 0) or 10-19 (part 1) of a number. */
  static long pack(String number, int part) {
    long packed = 0;
    for (int i = 0; i < PER_LONG; i++) {
      int index = part * PER_LONG + i;
      int code = index < number.length() ? code(number.charAt(index)) : 0;
      packed |= (long) code << (6 * i);
    }
    return packed;
  }

  /** Unpacks into a buffer and returns the length. */
  static int unpack(long first, long second, char[] into) {
    int length = 0;
    for (long part : new long[] {first, second}) {
      for (int i = 0; i < PER_LONG; i++) {
        int code = (int) ((part >>> (6 * i)) & 63);
        if (code == 0) {
          return length;
        }
        into[length++] = character(code);
      }
    }
    return length;
  }

  static String unpack(long first, long second) {
    char[] buffer = new char[2 * PER_LONG];
    return new String(buffer, 0, unpack(first, second, buffer));
  }
}
