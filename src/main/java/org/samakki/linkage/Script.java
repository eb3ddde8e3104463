package org.samakki.linkage;

/** The writing system a name was written in, which decides how it is transliterated. */
public enum Script {
  LATIN,
  THAI,
  MYANMAR,
  KHMER,
  LAO,
  OTHER,
  NONE
}
