package org.samakki.registry;

import java.util.Map;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.SubjectRecords;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask the registry about a person: the registry's published entry point, so
 * that protection cases, referrals and health services name a person of the registry without
 * reaching into its internals.
 */
@Component
public class PersonDirectory {

  private final PersonFiles files;
  private final SubjectRecords subjects;

  PersonDirectory(PersonFiles files, SubjectRecords subjects) {
    this.files = files;
    this.subjects = subjects;
  }

  /**
   * The person's whole registry record for a subject access request (DP-09); refused unless the
   * reader may export one ({@code subject-access}), missing (404) for an unknown person.
   */
  public Map<String, Object> subjectRecord(long personId) {
    return subjects.export(personId);
  }

  /** Refuses as missing (404) a person the current user may not read. */
  public void requireReadable(long personId) {
    files.require(personId, "read");
  }
}
