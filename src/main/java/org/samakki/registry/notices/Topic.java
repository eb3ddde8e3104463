package org.samakki.registry.notices;

import java.util.ArrayList;
import java.util.List;
import org.samakki.registry.status.Reason;

/**
 * What is due before a deadline, in words a worker and an employer understand. Taken from the
 * worker's own status reasons only, so that a notice says nothing about anyone else.
 */
enum Topic {
  WORK_PERMIT_ENDS,
  STAY_ENDS,
  PASSPORT_ENDS,
  SOCIAL_SECURITY_ENDS,
  HEALTH_INSURANCE_ENDS,
  MOU_PERIOD_ENDS,
  REPORT_EMPLOYER_CHANGE,
  FIND_EMPLOYER,
  RENEW_WORK_PERMIT,
  // a deadline without an expiring reason: a step the scheme requires soon after registering
  REGISTRATION_STEP;

  /** The topics of a worker's status reasons; a status with a deadline always has at least one. */
  static List<Topic> of(List<String> reasons) {
    List<Topic> topics = new ArrayList<>();
    for (String reason : reasons) {
      Topic topic = of(reason);
      if (topic != null && !topics.contains(topic)) {
        topics.add(topic);
      }
    }
    return topics.isEmpty() ? List.of(REGISTRATION_STEP) : List.copyOf(topics);
  }

  /**
   * A former employer is not told that a worker is looking for a new one: the worker's status names
   * the last employer, who no longer needs to know.
   */
  boolean concernsEmployer() {
    return this != FIND_EMPLOYER;
  }

  private static Topic of(String reason) {
    Reason known;
    try {
      known = Reason.valueOf(reason);
    } catch (IllegalArgumentException e) {
      return null;
    }
    switch (known) {
      case WORK_PERMIT_EXPIRING:
        return WORK_PERMIT_ENDS;
      case STAY_EXPIRING:
        return STAY_ENDS;
      case PASSPORT_EXPIRING:
        return PASSPORT_ENDS;
      case SOCIAL_SECURITY_EXPIRING:
        return SOCIAL_SECURITY_ENDS;
      case HEALTH_INSURANCE_EXPIRING:
        return HEALTH_INSURANCE_ENDS;
      case MOU_PERIOD_ENDING:
        return MOU_PERIOD_ENDS;
      case EMPLOYER_CHANGE_PENDING:
        return REPORT_EMPLOYER_CHANGE;
      case LOOKING_FOR_EMPLOYER:
        return FIND_EMPLOYER;
      case WORK_PERMIT_RENEWAL_PENDING:
        return RENEW_WORK_PERMIT;
      default:
        // irregular reasons come without a deadline: nothing to remind of
        return null;
    }
  }
}
