package org.samakki.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message to a user inside Samakki, such as “someone broke the glass on your case”. */
public record Notification(
    UUID id,
    String kind,
    List<String> params,
    String resourceType,
    String recordId,
    Instant createdAt,
    boolean read) {

  public Notification {
    params = List.copyOf(params);
  }

  /** A parameter of its text, empty when absent. */
  public String param(int index) {
    return index < params.size() ? params.get(index) : "";
  }

  /** A parameter that is a moment (such as an expiry), or null. */
  public Instant instantParam(int index) {
    try {
      return index < params.size() ? Instant.parse(params.get(index)) : null;
    } catch (java.time.format.DateTimeParseException notAMoment) {
      return null;
    }
  }

  /** The message key of its text, {@code notification.<kind>}. */
  public String messageKey() {
    return "notification." + kind;
  }
}
