package org.samakki.cases.nrm;

import java.util.Optional;
import java.util.UUID;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordFactsSource;
import org.samakki.access.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The access facts of protection cases, so that a supervisor can break the glass on one (DP-05).
 */
@Component
class CaseFacts implements RecordFactsSource {

  private final ProtectionCases cases;

  CaseFacts(ProtectionCases cases) {
    this.cases = cases;
  }

  @Override
  public String resource() {
    return ProtectionCases.RESOURCE;
  }

  @Override
  public Optional<RecordFacts> facts(String recordId) {
    try {
      return Optional.of(cases.facts(UUID.fromString(recordId)));
    } catch (IllegalArgumentException | RecordNotFoundException unknown) {
      return Optional.empty();
    }
  }

  @Override
  public String path(String recordId) {
    return "/cases/" + recordId;
  }
}
