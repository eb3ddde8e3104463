package org.samakki.access.signin;

import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.Actor;
import org.samakki.access.AgencyType;

/**
 * A user signed in to this session: a snapshot of their account at sign-in, valid while the
 * account's security version is unchanged. Its name is the user id, so that all sessions of a user
 * can be found and ended.
 */
public record SignedInUser(
    UUID userId,
    String username,
    UUID agencyId,
    AgencyType agencyType,
    Set<String> roles,
    String areaCode,
    UUID teamId,
    int securityVersion,
    Instant signedInAt,
    boolean secondFactorRequired,
    boolean secondFactorDone)
    implements Principal, Serializable {

  public SignedInUser {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(signedInAt, "signedInAt");
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return userId.toString();
  }

  /** Signed in with everything the policy asks of this user. */
  public boolean fullySignedIn() {
    return !secondFactorRequired || secondFactorDone;
  }

  public SignedInUser withSecondFactorDone() {
    return new SignedInUser(
        userId,
        username,
        agencyId,
        agencyType,
        roles,
        areaCode,
        teamId,
        securityVersion,
        signedInAt,
        secondFactorRequired,
        true);
  }

  public Actor actor() {
    return new Actor(
        userId,
        username,
        Actor.Kind.USER,
        agencyId,
        agencyType,
        roles,
        areaCode,
        teamId,
        secondFactorDone);
  }
}
