package org.samakki.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samakki.registry.Sector;
import org.samakki.registry.status.EntitlementKind;
import org.samakki.registry.status.Scheme;

/**
 * The scheme form as typed: every field kept as text so that a form with a mistake comes back as
 * the administrator typed it, with the mistake named.
 */
record SchemeForm(
    String code,
    String name,
    String channel,
    List<String> nationalities,
    List<String> sectors,
    String windowOpens,
    String windowCloses,
    String permitValidityMonths,
    String maxStayYears,
    String employerChangeDeadlineDays,
    String jobSearchDays,
    String renewalGraceDays,
    String requiresPassport,
    List<String> required,
    List<String> withinDays,
    List<String> requirementSectors) {

  SchemeForm {
    nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    sectors = sectors == null ? List.of() : List.copyOf(sectors);
    required = required == null ? List.of() : List.copyOf(required);
    withinDays = withinDays == null ? List.of() : List.copyOf(withinDays);
    requirementSectors = requirementSectors == null ? List.of() : List.copyOf(requirementSectors);
  }

  /** The form filled from a scheme, to start its next version. */
  static SchemeForm of(Scheme s) {
    List<String> required = new ArrayList<>();
    List<String> within = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    for (EntitlementKind kind : EntitlementKind.values()) {
      Scheme.Requirement r =
          s.requirements().stream().filter(q -> q.kind() == kind).findFirst().orElse(null);
      if (r != null) {
        required.add(kind.name());
      }
      within.add(r == null ? "" : Integer.toString(r.withinDays()));
      sectors.add(r == null ? "" : String.join(" ", r.sectors().stream().sorted().toList()));
    }
    return new SchemeForm(
        s.code(),
        s.name(),
        s.channel().name(),
        s.nationalities().stream().sorted().toList(),
        s.sectors().stream().sorted().toList(),
        s.windowOpens() == null ? "" : s.windowOpens().toString(),
        s.windowCloses() == null ? "" : s.windowCloses().toString(),
        Integer.toString(s.permitValidityMonths()),
        s.maxStayYears() == null ? "" : s.maxStayYears().toString(),
        Integer.toString(s.employerChangeDeadlineDays()),
        Integer.toString(s.jobSearchDays()),
        Integer.toString(s.renewalGraceDays()),
        Boolean.toString(s.requiresPassport()),
        required,
        within,
        sectors);
  }

  static SchemeForm blank() {
    return new SchemeForm(
        "",
        "",
        "IN_COUNTRY",
        List.of(),
        List.of(),
        "",
        "",
        "24",
        "",
        "15",
        "30",
        "0",
        "true",
        List.of(),
        List.of(),
        List.of());
  }

  /** The typed scheme, checked; the version is given when it is saved. */
  Scheme toScheme(DateReader dates) {
    Set<String> countries = new LinkedHashSet<>();
    for (String n : nationalities) {
      if (!n.isBlank()) {
        countries.add(n.strip().toUpperCase(Locale.ROOT));
      }
    }
    Set<String> sectorNames = new LinkedHashSet<>();
    for (String s : sectors) {
      sectorNames.add(Sector.parse(s).orElseThrow(() -> invalid("sector")).name());
    }
    List<Scheme.Requirement> requirements = new ArrayList<>();
    EntitlementKind[] kinds = EntitlementKind.values();
    for (int i = 0; i < kinds.length; i++) {
      if (required.contains(kinds[i].name())) {
        String days = i < withinDays.size() ? withinDays.get(i) : "";
        Set<String> only = new LinkedHashSet<>();
        String list = i < requirementSectors.size() ? requirementSectors.get(i) : "";
        for (String s : list.split("[\\s,]+")) {
          if (!s.isBlank()) {
            only.add(Sector.parse(s).orElseThrow(() -> invalid("sector")).name());
          }
        }
        requirements.add(
            new Scheme.Requirement(kinds[i], whole(days.isBlank() ? "0" : days, "days"), only));
      }
    }
    return new Scheme(
        code == null ? "" : code.strip().toUpperCase(Locale.ROOT),
        1,
        name == null ? "" : name.strip(),
        parsedChannel(),
        countries,
        sectorNames,
        date(dates, windowOpens),
        date(dates, windowCloses),
        whole(permitValidityMonths, "validity"),
        maxStayYears == null || maxStayYears.isBlank() ? null : whole(maxStayYears, "maxStay"),
        whole(employerChangeDeadlineDays, "days"),
        whole(jobSearchDays, "days"),
        whole(renewalGraceDays, "days"),
        Boolean.parseBoolean(requiresPassport),
        requirements);
  }

  /** Reads dates as the reader types them (either era); supplied by the page. */
  interface DateReader {
    LocalDate read(String text);
  }

  private Scheme.Channel parsedChannel() {
    try {
      return Scheme.Channel.valueOf(channel == null ? "" : channel.strip());
    } catch (IllegalArgumentException e) {
      throw invalid("channel");
    }
  }

  private static LocalDate date(DateReader dates, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return dates.read(text);
    } catch (IllegalArgumentException e) {
      throw invalid("window");
    }
  }

  private static int whole(String text, String field) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw invalid(field);
    }
  }

  private static IllegalArgumentException invalid(String field) {
    return new IllegalArgumentException("scheme." + field + ".invalid");
  }
}
