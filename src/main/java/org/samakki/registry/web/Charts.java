package org.samakki.registry.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The person page's two drawings, computed here so that the page only places shapes: validity bars
 * of each registration's entitlements, and the status timeline. Both share one time axis from the
 * first known date to a little after the last.
 */
final class Charts {

  static final int WIDTH = 760;
  static final int LABEL = 190;
  static final int ROW = 26;

  private Charts() {}

  /** One time axis: where a day falls on the drawing. */
  record Axis(LocalDate from, LocalDate to, List<Tick> ticks) {
    int x(LocalDate day) {
      long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
      long at = ChronoUnit.DAYS.between(from, clamp(day));
      return LABEL + (int) (at * (WIDTH - LABEL - 10) / span);
    }

    int width(LocalDate start, LocalDate end) {
      return Math.max(2, x(end) - x(start));
    }

    private LocalDate clamp(LocalDate day) {
      return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }
  }

  /** A year boundary on the axis. */
  record Tick(int x, LocalDate day) {}

  /** One entitlement's validity; its end is written beside the bar, or inside near the edge. */
  record Bar(String label, int y, int x, int width, String kind, LocalDate start, LocalDate end) {
    public boolean endInside() {
      return x + width + 90 > WIDTH;
    }

    public int endX() {
      return endInside() ? x + width - 4 : x + width + 4;
    }
  }

  /** A period of one status on the timeline. */
  record Segment(String status, int x, int width, LocalDate from, LocalDate to) {}

  /** The bars of one registration. */
  record Bars(String registrationId, List<Bar> bars, int height) {}

  /** What the page draws: the axis with today's mark, bars per registration and the timeline. */
  record Drawing(Axis axis, int today, List<Bars> registrations, List<Segment> segments) {}

  static Drawing draw(
      List<Map<String, Object>> registrations, List<Map<String, Object>> periods, LocalDate today) {
    LocalDate first = today.minusYears(1);
    LocalDate last = today.plusMonths(3);
    for (Map<String, Object> r : registrations) {
      for (Object value : r.values()) {
        if (value instanceof LocalDate day) {
          first = day.isBefore(first) ? day : first;
          last = day.isAfter(last) ? day : last;
        }
      }
    }
    for (Map<String, Object> p : periods) {
      if (p.get("validFrom") instanceof LocalDate day && day.isBefore(first)) {
        first = day;
      }
    }
    first = first.withDayOfMonth(1);
    last = last.plusMonths(1).withDayOfMonth(1);
    Axis axis = new Axis(first, last, ticks(first, last));
    List<Bars> groups = new ArrayList<>();
    for (Map<String, Object> r : registrations) {
      List<Bar> bars = new ArrayList<>();
      LocalDate registered = (LocalDate) r.get("registeredOn");
      add(
          bars,
          axis,
          "contract",
          (LocalDate) r.get("contractStart"),
          (LocalDate) r.get("contractEnd"),
          today);
      add(
          bars,
          axis,
          "workPermit",
          (LocalDate) r.get("workPermitStart"),
          (LocalDate) r.get("workPermitEnd"),
          today);
      add(bars, axis, "stayPermit", registered, (LocalDate) r.get("stayPermitEnd"), today);
      add(bars, axis, "socialSecurity", registered, (LocalDate) r.get("socialSecurityEnd"), today);
      add(
          bars,
          axis,
          "healthInsurance",
          registered,
          (LocalDate) r.get("healthInsuranceEnd"),
          today);
      groups.add(new Bars(String.valueOf(r.get("id")), bars, Math.max(1, bars.size()) * ROW + 24));
    }
    List<Segment> segments = new ArrayList<>();
    for (Map<String, Object> p : periods) {
      LocalDate from = (LocalDate) p.get("validFrom");
      LocalDate to = p.get("validTo") instanceof LocalDate end ? end : last;
      if (from != null) {
        segments.add(
            new Segment((String) p.get("status"), axis.x(from), axis.width(from, to), from, to));
      }
    }
    return new Drawing(axis, axis.x(today), groups, segments);
  }

  /**
   * A bar from start to end. Without an end there is nothing to draw: a required entitlement that
   * is missing shows among the status reasons.
   */
  private static void add(
      List<Bar> bars, Axis axis, String label, LocalDate start, LocalDate end, LocalDate today) {
    if (end == null) {
      return;
    }
    LocalDate from = start == null || start.isAfter(end) ? end.minusYears(1) : start;
    String kind = end.isBefore(today) ? "ended" : "valid";
    bars.add(
        new Bar(label, bars.size() * ROW, axis.x(from), axis.width(from, end), kind, start, end));
  }

  private static List<Tick> ticks(LocalDate first, LocalDate last) {
    List<Tick> ticks = new ArrayList<>();
    Axis bare = new Axis(first, last, List.of());
    for (LocalDate year = first.plusYears(1).withDayOfYear(1);
        !year.isAfter(last);
        year = year.plusYears(1)) {
      int x = bare.x(year);
      // a year too close to the right edge would be cut off
      if (x < WIDTH - 40) {
        ticks.add(new Tick(x, year));
      }
    }
    return ticks;
  }
}
