package org.samakki.linkage;

/** What part of a person's name a written name form is. */
public enum NameKind {
  GIVEN,
  FAMILY,
  FULL,
  ALIAS
}
