package org.samakki.access;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.samakki.access.accounts.Users;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.signin.ApiClientPrincipal;
import org.samakki.access.signin.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.ReflectionUtils;

/**
 * The one place that answers “may this actor do this?”: for a kind of record (403 when not), for
 * one record given its facts (404 when not, so that its existence does not leak), and for each
 * field of what is read or written (DP-04, DP-05).
 */
@Service
public class AccessControl {

  private final AccessPolicy policy;
  private final Users users;
  private final BreakGlassGrants grants;
  private final Clock clock;

  AccessControl(AccessPolicy policy, Users users, BreakGlassGrants grants, Clock clock) {
    this.policy = policy;
    this.users = users;
    this.grants = grants;
    this.clock = clock;
  }

  /**
   * The signed-in user or API client of this request, if any; a user still owing the second factor
   * is not yet an actor.
   */
  public Optional<Actor> findActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Optional.empty();
    }
    if (authentication.getPrincipal() instanceof SignedInUser user && user.fullySignedIn()) {
      return Optional.of(user.actor());
    }
    if (authentication.getPrincipal() instanceof ApiClientPrincipal client) {
      return Optional.of(client.actor());
    }
    return Optional.empty();
  }

  public Actor actor() {
    return findActor().orElseThrow(() -> new AccessDeniedException("Not signed in"));
  }

  /** Whether the actor may do this action on some records of this kind. */
  public boolean can(String resource, String action) {
    return findActor().map(a -> policy.allows(a.roles(), resource, action)).orElse(false);
  }

  public void require(String resource, String action) {
    if (!can(resource, action)) {
      throw new AccessDeniedException("Not allowed to " + action + " " + resource);
    }
  }

  /** The scopes in which the actor may do this action, to narrow a query before filtering it. */
  public Set<Scope> scopes(String resource, String action) {
    return findActor().map(a -> policy.scopes(a.roles(), resource, action)).orElse(Set.of());
  }

  /** Whether the actor may do this action on this record (scope, sensitivity, break-the-glass). */
  public boolean mayAccess(String action, RecordFacts record) {
    Optional<Actor> actor = findActor();
    return actor.isPresent() && decide(actor.get(), action, record);
  }

  /** Refuses a record the actor may not see as if it did not exist (404). */
  public void requireRecord(String action, RecordFacts record) {
    if (!mayAccess(action, record)) {
      throw new RecordNotFoundException(record.resource(), record.recordId());
    }
  }

  /** The fields of this kind of record the actor may read. */
  public Set<String> readableFields(String resource) {
    return findActor().map(a -> policy.readable(a.roles(), resource)).orElse(Set.of());
  }

  /** The fields of this kind of record the actor may write. */
  public Set<String> writableFields(String resource) {
    return findActor().map(a -> policy.writable(a.roles(), resource)).orElse(Set.of());
  }

  /** A view with only the fields the actor may read; the others are absent, not empty. */
  public Map<String, Object> readable(String resource, Record view) {
    Set<String> allowed = readableFields(resource);
    Map<String, Object> visible = new LinkedHashMap<>();
    for (RecordComponent component : view.getClass().getRecordComponents()) {
      if (allowed.contains(component.getName())) {
        ReflectionUtils.makeAccessible(component.getAccessor());
        visible.put(
            component.getName(), ReflectionUtils.invokeMethod(component.getAccessor(), view));
      }
    }
    return visible;
  }

  /** Refuses a write that names any field the actor may not write; nothing is saved. */
  public void requireWritable(String resource, Set<String> fields) {
    Set<String> allowed =
        findActor().map(a -> policy.writable(a.roles(), resource)).orElse(Set.of());
    Set<String> refused = new TreeSet<>(fields);
    refused.removeAll(allowed);
    if (!refused.isEmpty()) {
      throw new FieldsNotWritableException(resource, refused);
    }
  }

  boolean decide(Actor actor, String action, RecordFacts record) {
    Set<Scope> scopes = policy.scopes(actor.roles(), record.resource(), action);
    if (scopes.isEmpty()) {
      return false;
    }
    if (grants.isActive(actor.id(), record.resource(), record.recordId(), clock.instant())) {
      return true;
    }
    if (record.highlySensitive()) {
      return record.assignees().contains(actor.id())
          || (actor.kind() == Actor.Kind.USER
              && users.supervisorsOf(record.assignees()).contains(actor.id()));
    }
    return scopes.stream().anyMatch(scope -> within(scope, actor, record));
  }

  private static boolean within(Scope scope, Actor actor, RecordFacts record) {
    return switch (scope) {
      case ALL -> true;
      case AREA -> actor.covers(record.areaCode());
      // a record of the whole agency (no area, such as an import) is seen by all its members
      case AGENCY ->
          actor.agencyId().equals(record.ownerAgencyId())
              && (record.areaCode() == null || actor.covers(record.areaCode()));
      case TEAM ->
          actor.teamId() != null
              && actor.teamId().equals(record.teamId())
              && actor.agencyId().equals(record.ownerAgencyId());
      case OWN -> record.assignees().contains(actor.id());
    };
  }
}
