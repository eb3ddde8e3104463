package org.samakki.access.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;
import org.samakki.access.Scope;

/** The policy file as written: plain data, checked and compiled by {@link AccessPolicy}. */
public record PolicyDocument(
    int version,
    SecondFactor secondFactor,
    Map<String, Purpose> purposes,
    Map<String, Resource> resources,
    Map<String, Role> roles,
    List<Endpoint> endpoints) {

  public record SecondFactor(List<String> agencyTypes, List<String> roles, List<String> actions) {}

  public record Purpose(String description, String legalBasis, List<String> resources) {}

  public record Resource(
      String module,
      String description,
      boolean personalData,
      List<String> dataCategories,
      String retention,
      List<String> recipients,
      Map<String, List<String>> sections,
      Map<String, List<String>> fields) {}

  public record Role(
      String description,
      List<String> purposes,
      boolean breakTheGlass,
      Map<String, Permission> permissions) {}

  public record Permission(
      List<String> actions,
      Scope scope,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> read,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> write) {}

  public record Endpoint(
      List<String> paths,
      List<String> methods,
      String access,
      String resource,
      String action,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> purpose) {}
}
