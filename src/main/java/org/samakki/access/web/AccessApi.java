package org.samakki.access.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Accounts;
import org.samakki.access.accounts.AgencyAdministration;
import org.samakki.access.accounts.UserChanges;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API of users and agencies. A read returns only the fields the caller may read; a PATCH
 * names the fields it changes, and any field the caller may not write refuses the whole request
 * (403) so that nothing is assigned by accident.
 */
@RestController
@RequestMapping("/api/access")
class AccessApi {

  private final Accounts accounts;
  private final AgencyAdministration agencies;

  AccessApi(Accounts accounts, AgencyAdministration agencies) {
    this.accounts = accounts;
    this.agencies = agencies;
  }

  @GetMapping("/users")
  List<Map<String, Object>> users() {
    return accounts.list();
  }

  @GetMapping("/users/{id}")
  Map<String, Object> user(@PathVariable UUID id) {
    return accounts.read(id);
  }

  @PatchMapping("/users/{id}")
  Map<String, Object> patchUser(@PathVariable UUID id, @RequestBody JsonNode body) {
    Set<String> fields = names(body);
    accounts.update(
        id,
        new UserChanges(
            fields,
            text(body, "displayName"),
            text(body, "email"),
            strings(body, "roles"),
            text(body, "areaCode"),
            uuid(body, "teamId"),
            uuid(body, "supervisorId"),
            date(body, "expiresOn")));
    return accounts.read(id);
  }

  @GetMapping("/agencies")
  List<Map<String, Object>> agencies() {
    return agencies.list();
  }

  @GetMapping("/agencies/{id}")
  Map<String, Object> agency(@PathVariable UUID id) {
    return agencies.read(id);
  }

  @PatchMapping("/agencies/{id}")
  Map<String, Object> patchAgency(@PathVariable UUID id, @RequestBody JsonNode body) {
    String type = text(body, "type");
    agencies.update(
        id,
        names(body),
        text(body, "code"),
        text(body, "name"),
        type == null ? null : AgencyType.valueOf(type),
        body.has("active") ? body.get("active").asBoolean() : null);
    return agencies.read(id);
  }

  private static Set<String> names(JsonNode body) {
    Set<String> names = new HashSet<>();
    body.propertyNames().forEach(names::add);
    return names;
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static UUID uuid(JsonNode body, String field) {
    String text = text(body, field);
    return text == null ? null : UUID.fromString(text);
  }

  private static LocalDate date(JsonNode body, String field) {
    String text = text(body, field);
    return text == null ? null : LocalDate.parse(text);
  }

  private static Set<String> strings(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    value.forEach(v -> values.add(v.asString()));
    return new HashSet<>(values);
  }
}
