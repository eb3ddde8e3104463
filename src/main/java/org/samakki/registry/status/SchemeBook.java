package org.samakki.registry.status;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The schemes the engine knows, by key ({@code code/version}). */
public record SchemeBook(Map<String, Scheme> byKey) {

  public SchemeBook {
    byKey = Map.copyOf(byKey);
  }

  public static SchemeBook of(Collection<Scheme> schemes) {
    return new SchemeBook(
        schemes.stream().collect(Collectors.toMap(Scheme::key, Function.identity())));
  }

  public Optional<Scheme> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
