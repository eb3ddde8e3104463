package org.samakki.cases.nrm;

/** Why a case was closed. */
public enum ClosureReason {
  SCREENED_OUT,
  NOT_A_VICTIM,
  SERVICES_COMPLETED,
  RETURNED_AND_REINTEGRATED,
  LOCAL_SOLUTION,
  TRANSFERRED,
  LOST_CONTACT,
  DECEASED
}
