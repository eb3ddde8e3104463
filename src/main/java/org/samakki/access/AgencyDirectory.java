package org.samakki.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.accounts.Agencies;
import org.springframework.stereotype.Service;

/** The agencies by code or id, for modules that record which agency owns what. */
@Service
public class AgencyDirectory {

  private final Agencies agencies;

  AgencyDirectory(Agencies agencies) {
    this.agencies = agencies;
  }

  /** An agency as other modules see it. */
  public record AgencyRef(UUID id, String code, String name, AgencyType type) {}

  public Optional<AgencyRef> findByCode(String code) {
    return agencies.findByCode(code).map(a -> new AgencyRef(a.id(), a.code(), a.name(), a.type()));
  }

  public Optional<AgencyRef> find(UUID id) {
    return agencies.find(id).map(a -> new AgencyRef(a.id(), a.code(), a.name(), a.type()));
  }

  public List<AgencyRef> all() {
    return agencies.all().stream()
        .map(a -> new AgencyRef(a.id(), a.code(), a.name(), a.type()))
        .toList();
  }
}
