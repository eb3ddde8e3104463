package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the status engine reads about one worker: nationality, registrations under schemes,
 * entitlements with their periods, employment episodes with the day each change was reported, and
 * passport validity. Nothing else decides a status.
 */
public record WorkerFile(
    String nationality,
    List<Registration> registrations,
    List<Entitlement> entitlements,
    List<Employment> employment,
    List<Passport> passports) {

  public WorkerFile {
    registrations = sorted(registrations, Comparator.comparing(Registration::registeredOn));
    entitlements = sorted(entitlements, Comparator.comparing(Entitlement::startsOn));
    employment = sorted(employment, Comparator.comparing(Employment::startsOn));
    passports = passports == null ? List.of() : List.copyOf(passports);
  }

  /** A registration under one version of a scheme, on a day, in a sector. */
  public record Registration(String schemeKey, LocalDate registeredOn, String sector) {
    public Registration {
      Objects.requireNonNull(schemeKey, "schemeKey");
      Objects.requireNonNull(registeredOn, "registeredOn");
    }
  }

  /**
   * An entitlement held from one day to another (inclusive); a health check has its date as start,
   * no end, and passed or not.
   */
  public record Entitlement(
      EntitlementKind kind, LocalDate startsOn, LocalDate endsOn, boolean passed) {
    public Entitlement {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(startsOn, "startsOn");
      if (endsOn != null && endsOn.isBefore(startsOn)) {
        throw new IllegalArgumentException("entitlement.period.invalid");
      }
    }

    public boolean covers(LocalDate day) {
      return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
  }

  /** Work for one employer from one day, until a day or still; and when it was reported. */
  public record Employment(
      String employer, LocalDate startsOn, LocalDate endsOn, LocalDate reportedOn) {
    public Employment {
      Objects.requireNonNull(employer, "employer");
      Objects.requireNonNull(startsOn, "startsOn");
    }

    public boolean covers(LocalDate day) {
      return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
  }

  /** A passport (or travel document) valid until a day. */
  public record Passport(LocalDate expiresOn) {
    public Passport {
      Objects.requireNonNull(expiresOn, "expiresOn");
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items == null ? List.of() : items.stream().sorted(order).toList();
  }
}
