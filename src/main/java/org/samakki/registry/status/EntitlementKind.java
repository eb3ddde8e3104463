package org.samakki.registry.status;

/** What a worker must hold, each for a period: the entitlements a scheme can require. */
public enum EntitlementKind {
  WORK_PERMIT,
  STAY_PERMIT,
  SOCIAL_SECURITY,
  HEALTH_INSURANCE,
  HEALTH_CHECK
}
