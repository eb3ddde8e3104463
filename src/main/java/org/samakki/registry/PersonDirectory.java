package org.samakki.registry;

import org.samakki.registry.persons.PersonFiles;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask the registry about a person: the registry's published entry point, so
 * that protection cases, referrals and health services name a person of the registry without
 * reaching into its internals.
 */
@Component
public class PersonDirectory {

  private final PersonFiles files;

  PersonDirectory(PersonFiles files) {
    this.files = files;
  }

  /** Refuses as missing (404) a person the current user may not read. */
  public void requireReadable(long personId) {
    files.require(personId, "read");
  }
}
