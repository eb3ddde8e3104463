package org.samakki.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.samakki.referrals.Counterparts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Makes a provider of the directory a counterpart abroad, with its country and public key. */
@RestController
@Tag(name = "Protection cases", description = "NRM cases and referrals between agencies")
class CounterpartApi {

  private final Counterparts counterparts;

  CounterpartApi(Counterparts counterparts) {
    this.counterparts = counterparts;
  }

  /** The country (ISO 3166 alpha-2) and the RSA public key (3072 bits or more, PEM). */
  record Counterpart(String country, String publicKey) {}

  @PutMapping("/api/providers/{id}/counterpart")
  @Operation(summary = "Set the country and public key of a counterpart in a country of origin")
  ResponseEntity<Void> set(@PathVariable UUID id, @RequestBody Counterpart counterpart) {
    counterparts.setKey(id, counterpart.country(), counterpart.publicKey());
    return ResponseEntity.noContent().build();
  }
}
