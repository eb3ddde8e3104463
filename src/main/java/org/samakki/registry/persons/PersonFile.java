package org.samakki.registry.persons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about one person that the reader may see: each part holds only the fields their role
 * may read, and a part they may not read at all is empty.
 */
public record PersonFile(
    Map<String, Object> person,
    List<Map<String, Object>> documents,
    List<Map<String, Object>> registrations,
    List<Map<String, Object>> statusHistory,
    boolean showsStatus,
    boolean showsRegistrations) {

  public PersonFile {
    // fields without a value stay, as nulls: Map.copyOf would refuse them
    person = Collections.unmodifiableMap(new LinkedHashMap<>(person));
    documents = List.copyOf(documents);
    registrations = List.copyOf(registrations);
    statusHistory = List.copyOf(statusHistory);
  }

  /** The current status period, if the reader may see statuses. */
  public Map<String, Object> currentStatus() {
    return statusHistory.isEmpty() ? Map.of() : statusHistory.get(statusHistory.size() - 1);
  }
}
