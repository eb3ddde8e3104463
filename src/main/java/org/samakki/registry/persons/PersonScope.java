package org.samakki.registry.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.Scope;

/**
 * Limits a query over persons to the reader's area or agency in the query itself, not only
 * afterwards, so that a search or a queue is answered from indexes whatever the register's size.
 */
public final class PersonScope {

  private PersonScope() {}

  /** Appends the condition on the persons under this table alias that the reader may list. */
  public static void limit(
      AccessControl access, String alias, StringBuilder sql, List<Object> params) {
    Set<Scope> scopes = access.scopes(PersonFiles.PERSON, "list");
    if (scopes.contains(Scope.ALL)) {
      return;
    }
    Actor actor = access.actor();
    List<String> allowed = new ArrayList<>();
    if (scopes.contains(Scope.AREA)) {
      if (actor.areaCode() == null) {
        return;
      }
      allowed.add(alias + ".area_code like ?");
      params.add(actor.areaCode() + "%");
    }
    if (scopes.contains(Scope.AGENCY)) {
      allowed.add(alias + ".owner_agency_id = ?");
      params.add(actor.agencyId());
    }
    sql.append(allowed.isEmpty() ? " and false" : " and (" + String.join(" or ", allowed) + ")");
  }
}
