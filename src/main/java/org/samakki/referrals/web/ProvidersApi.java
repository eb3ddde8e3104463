package org.samakki.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of service providers for other systems: the same access rules, field policy and
 * audit as the pages; fields the caller may not read are absent, fields it may not write refused.
 */
@RestController
@Tag(name = "Service providers", description = "The directory that referrals are sent to")
class ProvidersApi {

  private final Referrals referrals;

  ProvidersApi(Referrals referrals) {
    this.referrals = referrals;
  }

  /** A provider to add to the directory. */
  record NewProvider(
      UUID agencyId,
      String name,
      List<String> services,
      List<String> provinces,
      List<String> languages,
      String contact) {}

  @GetMapping("/api/providers")
  @Operation(summary = "Providers, optionally of a service, in a province, speaking a language")
  List<Map<String, Object>> directory(
      @Parameter(description = "One of the services, e.g. SHELTER")
          @RequestParam(name = "service", required = false)
          String service,
      @Parameter(description = "Province code (two digits), e.g. 63 for Tak")
          @RequestParam(name = "province", required = false)
          String province,
      @Parameter(description = "Language code, e.g. my")
          @RequestParam(name = "language", required = false)
          String language) {
    return referrals.directory(
        blank(service) ? null : service(service),
        blank(province) ? null : province.strip(),
        blank(language) ? null : language.strip());
  }

  @GetMapping("/api/providers/{id}")
  @Operation(summary = "A provider of the directory")
  Map<String, Object> provider(@PathVariable UUID id) {
    return referrals.providerView(id);
  }

  @PostMapping("/api/providers")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a provider of an agency to the directory")
  Map<String, Object> add(@RequestBody NewProvider provider) {
    if (provider == null || provider.agencyId() == null) {
      throw new IllegalArgumentException("referrals.provider.agency");
    }
    UUID id =
        referrals.addProvider(
            provider.agencyId(),
            provider.name() == null || provider.name().length() > 200 ? null : provider.name(),
            Referrals.services(provider.services() == null ? List.of() : provider.services()),
            Referrals.codes(provider.provinces(), "\\d{2}", "referrals.provider.provinceInvalid"),
            Referrals.codes(
                provider.languages(), "[a-z]{2,3}", "referrals.provider.languageInvalid"),
            contact(provider.contact()));
    return referrals.providerView(id);
  }

  @PatchMapping("/api/providers/{id}")
  @Operation(summary = "Correct a provider's name, services, provinces, languages or contact")
  Map<String, Object> update(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
    return referrals.updateProvider(id, changes);
  }

  private static String contact(String contact) {
    if (contact != null && contact.length() > 500) {
      throw new IllegalArgumentException("referrals.provider.contactInvalid");
    }
    return blank(contact) ? null : contact.strip();
  }

  private static Service service(String name) {
    return Arrays.stream(Service.values())
        .filter(s -> s.name().equals(name.strip()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("referrals.provider.serviceInvalid"));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
