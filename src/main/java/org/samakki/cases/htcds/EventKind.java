package org.samakki.cases.htcds;

/** A step of the trafficking experience, with its place and dates. */
public enum EventKind {
  RECRUITMENT,
  TRANSIT,
  EXPLOITATION,
  EXIT
}
