package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registration scheme as data, one version of it: who may register (nationalities, sectors, an
 * application window), for how long, what must be held and by when, and the deadlines after a
 * change of employer. A Cabinet resolution becomes a new scheme or version, not a release.
 */
public record Scheme(
    String code,
    int version,
    String name,
    Channel channel,
    Set<String> nationalities,
    Set<String> sectors,
    LocalDate windowOpens,
    LocalDate windowCloses,
    int permitValidityMonths,
    Integer maxStayYears,
    int employerChangeDeadlineDays,
    int jobSearchDays,
    int renewalGraceDays,
    boolean requiresPassport,
    List<Requirement> requirements) {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

  /** How a worker came to work in Thailand. */
  public enum Channel {
    MOU,
    IN_COUNTRY,
    BORDER,
    NATIONALITY_VERIFICATION
  }

  /**
   * An entitlement the scheme requires within some days of registration; for some sectors only
   * (social security covers some sectors, health insurance the others).
   */
  public record Requirement(EntitlementKind kind, int withinDays, Set<String> sectors) {
    public Requirement {
      Objects.requireNonNull(kind, "kind");
      if (withinDays < 0 || withinDays > 3650) {
        throw new IllegalArgumentException("scheme.requirement.days.invalid");
      }
      sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    public boolean appliesTo(String sector) {
      return sectors.isEmpty() || sectors.contains(sector);
    }
  }

  public Scheme {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("scheme.code.invalid");
    }
    if (version < 1) {
      throw new IllegalArgumentException("scheme.version.invalid");
    }
    if (name == null || name.isBlank() || name.length() > 300) {
      throw new IllegalArgumentException("scheme.name.invalid");
    }
    Objects.requireNonNull(channel, "channel");
    if (windowOpens != null && windowCloses != null && windowCloses.isBefore(windowOpens)) {
      throw new IllegalArgumentException("scheme.window.invalid");
    }
    if (permitValidityMonths < 1 || permitValidityMonths > 120) {
      throw new IllegalArgumentException("scheme.validity.invalid");
    }
    if (maxStayYears != null && (maxStayYears < 1 || maxStayYears > 20)) {
      throw new IllegalArgumentException("scheme.maxStay.invalid");
    }
    if (employerChangeDeadlineDays < 0 || jobSearchDays < 0 || renewalGraceDays < 0) {
      throw new IllegalArgumentException("scheme.days.invalid");
    }
    nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
    sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
  }

  /** The scheme's key in registrations: code and version. */
  public String key() {
    return code + "/" + version;
  }

  /** Whether a worker of this nationality in this sector, registered on this day, may use it. */
  public boolean admits(String nationality, String sector, LocalDate registeredOn) {
    return (nationalities.isEmpty() || nationalities.contains(nationality))
        && (sectors.isEmpty() || sector == null || sectors.contains(sector))
        && (windowOpens == null || !registeredOn.isBefore(windowOpens))
        && (windowCloses == null || !registeredOn.isAfter(windowCloses));
  }
}
