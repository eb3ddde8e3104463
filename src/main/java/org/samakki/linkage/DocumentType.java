package org.samakki.linkage;

import java.util.Locale;

/** The kinds of identity document a migrant in Thailand may hold. */
public enum DocumentType {
  PASSPORT,
  PJ_PASSPORT,
  CERTIFICATE_OF_IDENTITY,
  TEMPORARY_PASSPORT,
  PINK_CARD,
  THAI_ID,
  WORK_PERMIT,
  BORDER_PASS,
  OTHER;

  /**
   * Reads a type from a form or CSV (passport, pj, ci, pink_card, thai_id...); unknown is other.
   */
  public static DocumentType parse(String text) {
    if (text == null || text.isBlank()) {
      return OTHER;
    }
    String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return switch (word) {
      case "passport", "pp" -> PASSPORT;
      case "pj", "pjpassport", "passportforjobs" -> PJ_PASSPORT;
      case "ci", "certificateofidentity" -> CERTIFICATE_OF_IDENTITY;
      case "tp", "temporarypassport", "traveldocument", "td" -> TEMPORARY_PASSPORT;
      case "pinkcard", "pink", "torror381", "tr381" -> PINK_CARD;
      case "thaiid", "id", "idcard", "nationalid", "13digit" -> THAI_ID;
      case "workpermit", "wp" -> WORK_PERMIT;
      case "borderpass", "bp" -> BORDER_PASS;
      default -> OTHER;
    };
  }

  /**
   * Documents that share one number space: a pink card carries the same 13-digit number as the Thai
   * identification number, and the passports of one country are numbered in one series.
   */
  int numberFamily() {
    return switch (this) {
      case PINK_CARD, THAI_ID -> 1;
      case PASSPORT, PJ_PASSPORT, TEMPORARY_PASSPORT -> 2;
      case CERTIFICATE_OF_IDENTITY -> 3;
      case WORK_PERMIT -> 4;
      case BORDER_PASS -> 5;
      case OTHER -> 6;
    };
  }
}
