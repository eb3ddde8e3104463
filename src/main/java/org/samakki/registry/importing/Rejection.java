package org.samakki.registry.importing;

import java.util.List;

/** A row of an import file that was not loaded, with every problem found in it. */
public record Rejection(int rowNumber, List<Problem> problems) {

  public Rejection {
    problems = List.copyOf(problems);
  }
}
