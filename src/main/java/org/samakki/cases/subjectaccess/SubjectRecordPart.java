package org.samakki.cases.subjectaccess;

import java.util.UUID;

/**
 * One more part of a protection case for the subject access export, given by the package that keeps
 * it (so that a new part of a case cannot be forgotten by the export's own code).
 */
public interface SubjectRecordPart {

  /** The policy resource and action that allow a subject access export. */
  String RESOURCE = "subject-access";

  /** The part's name in the export. */
  String name();

  /** The part of this case, every field decrypted; serialised as JSON. */
  Object of(UUID caseId);
}
