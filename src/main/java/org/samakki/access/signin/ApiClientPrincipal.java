package org.samakki.access.signin;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.Actor;
import org.samakki.access.AgencyType;

/** Another system acting through an API token, for one purpose under one sharing agreement. */
public record ApiClientPrincipal(
    UUID clientId,
    String name,
    UUID agencyId,
    AgencyType agencyType,
    String role,
    String purpose,
    String agreementCode)
    implements Principal {

  @Override
  public String getName() {
    return clientId.toString();
  }

  public Actor actor() {
    return new Actor(
        clientId,
        "api:" + name,
        Actor.Kind.API_CLIENT,
        agencyId,
        agencyType,
        Set.of(role),
        null,
        null,
        false);
  }
}
