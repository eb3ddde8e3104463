package org.samakki.registry.persons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An employer with its workers as the reader may see them: the employer's fields, how many workers
 * are in each status and the most urgent of them.
 */
public record EmployerFile(
    Map<String, Object> employer,
    Map<String, Long> statuses,
    List<Worklists.Entry> workers,
    boolean showsWorkers) {

  public EmployerFile {
    employer = Collections.unmodifiableMap(new LinkedHashMap<>(employer));
    statuses = Map.copyOf(statuses);
    workers = List.copyOf(workers);
  }
}
