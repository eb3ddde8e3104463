package org.samakki.linkage.synthetic;

/** The name columns of one rendered record; any of them may be empty. */
record Names(String given, String family, String full) {}
