package org.samakki.access;

import java.util.Set;

/** A write that names fields the actor may not change; nothing of it is saved. */
public class FieldsNotWritableException extends RuntimeException {

  private final Set<String> fields;

  public FieldsNotWritableException(String resource, Set<String> fields) {
    super("Not allowed to write " + resource + " fields " + fields);
    this.fields = Set.copyOf(fields);
  }

  public Set<String> fields() {
    return fields;
  }
}
