package org.samakki.cases.keys;

import java.util.UUID;

/** An encrypted field that fails authentication: changed, or copied from another case or field. */
public class TamperedFieldException extends RuntimeException {

  public TamperedFieldException(UUID caseId, String field) {
    super("The encrypted " + field + " of case " + caseId + " does not authenticate");
  }
}
