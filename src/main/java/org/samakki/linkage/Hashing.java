package org.samakki.linkage;

/** 64-bit mixing for blocking keys and name hashes: cheap, well spread, deterministic. */
final class Hashing {

  private Hashing() {}

  /** The finaliser of SplitMix64: every input bit affects every output bit. */
  static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long combine(long seed, long value) {
    return mix(seed * 31 + value);
  }

  static long of(CharSequence text) {
    long h = 0x84222325CBF29CE4L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    return mix(h);
  }
}
