package org.samakki.registry.status;

/** Why a worker's status is what it is; each reason belongs to one kind of status. */
public enum Reason {
  NO_REGISTRATION(StatusKind.IRREGULAR),
  NOT_ELIGIBLE(StatusKind.IRREGULAR),
  WORK_PERMIT_MISSING(StatusKind.IRREGULAR),
  WORK_PERMIT_EXPIRED(StatusKind.IRREGULAR),
  STAY_MISSING(StatusKind.IRREGULAR),
  STAY_EXPIRED(StatusKind.IRREGULAR),
  MOU_PERIOD_OVERSTAYED(StatusKind.IRREGULAR),
  EMPLOYER_CHANGE_NOT_REPORTED(StatusKind.IRREGULAR),
  NO_EMPLOYER(StatusKind.IRREGULAR),
  HEALTH_CHECK_MISSING(StatusKind.IRREGULAR),
  HEALTH_CHECK_FAILED(StatusKind.IRREGULAR),
  SOCIAL_SECURITY_MISSING(StatusKind.IRREGULAR),
  SOCIAL_SECURITY_EXPIRED(StatusKind.IRREGULAR),
  HEALTH_INSURANCE_MISSING(StatusKind.IRREGULAR),
  HEALTH_INSURANCE_EXPIRED(StatusKind.IRREGULAR),
  PASSPORT_MISSING(StatusKind.IRREGULAR),
  PASSPORT_EXPIRED(StatusKind.IRREGULAR),
  EMPLOYER_CHANGE_PENDING(StatusKind.GRACE),
  LOOKING_FOR_EMPLOYER(StatusKind.GRACE),
  WORK_PERMIT_RENEWAL_PENDING(StatusKind.GRACE),
  WORK_PERMIT_EXPIRING(StatusKind.EXPIRING),
  STAY_EXPIRING(StatusKind.EXPIRING),
  SOCIAL_SECURITY_EXPIRING(StatusKind.EXPIRING),
  HEALTH_INSURANCE_EXPIRING(StatusKind.EXPIRING),
  PASSPORT_EXPIRING(StatusKind.EXPIRING),
  MOU_PERIOD_ENDING(StatusKind.EXPIRING);

  private final StatusKind kind;

  Reason(StatusKind kind) {
    this.kind = kind;
  }

  public StatusKind kind() {
    return kind;
  }

  static Reason missing(EntitlementKind kind) {
    return switch (kind) {
      case WORK_PERMIT -> WORK_PERMIT_MISSING;
      case STAY_PERMIT -> STAY_MISSING;
      case SOCIAL_SECURITY -> SOCIAL_SECURITY_MISSING;
      case HEALTH_INSURANCE -> HEALTH_INSURANCE_MISSING;
      case HEALTH_CHECK -> HEALTH_CHECK_MISSING;
    };
  }

  static Reason expired(EntitlementKind kind) {
    return switch (kind) {
      case WORK_PERMIT -> WORK_PERMIT_EXPIRED;
      case STAY_PERMIT -> STAY_EXPIRED;
      case SOCIAL_SECURITY -> SOCIAL_SECURITY_EXPIRED;
      case HEALTH_INSURANCE -> HEALTH_INSURANCE_EXPIRED;
      case HEALTH_CHECK -> HEALTH_CHECK_MISSING;
    };
  }

  static Reason expiring(EntitlementKind kind) {
    return switch (kind) {
      case WORK_PERMIT -> WORK_PERMIT_EXPIRING;
      case STAY_PERMIT -> STAY_EXPIRING;
      case SOCIAL_SECURITY -> SOCIAL_SECURITY_EXPIRING;
      case HEALTH_INSURANCE -> HEALTH_INSURANCE_EXPIRING;
      case HEALTH_CHECK -> WORK_PERMIT_EXPIRING;
    };
  }
}
