package org.samakki.registry.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.samakki.geo.AdminArea;
import org.samakki.geo.AdminAreas;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics page: the seed reports' figures, live, as charts and a province map, each with a
 * table for readers who cannot see them. Drawing is done by a script; without it the tables stay.
 */
@Controller
class StatisticsPage {

  /** The nationalities offered in the filter even before any worker of them is registered. */
  static final List<String> NATIONALITIES = List.of("MMR", "KHM", "LAO", "VNM");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RegistryStatistics statistics;
  private final AdminAreas areas;
  private final ProvinceMap map;
  private final MessageSource messages;

  StatisticsPage(
      RegistryStatistics statistics, AdminAreas areas, ProvinceMap map, MessageSource messages) {
    this.statistics = statistics;
    this.areas = areas;
    this.map = map;
    this.messages = messages;
  }

  @GetMapping("/registry/statistics")
  String page(
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "nationality", required = false) String nationality,
      Model model,
      Locale locale) {
    Figures figures = statistics.figures(new StatisticsFilter(province, nationality));
    Labels labels = new Labels(locale);
    String suppressed = "<" + figures.minimumCell();
    List<Chart> charts = charts(figures, labels);
    Map<String, String> chartData = new LinkedHashMap<>();
    charts.forEach(c -> chartData.put(c.id(), JSON.writeValueAsString(c.data(suppressed))));
    Map<String, Cell> byProvince = new LinkedHashMap<>();
    figures.byProvince().stream()
        .filter(c -> c.key() != null)
        .forEach(c -> byProvince.put(c.key(), c));
    model.addAttribute("figures", figures);
    model.addAttribute("suppressedText", suppressed);
    model.addAttribute("charts", charts);
    model.addAttribute("chartData", chartData);
    model.addAttribute("map", map.shade(byProvince, labels::province, figures.minimumCell()));
    model.addAttribute("provinces", provinceChoices(locale));
    model.addAttribute("nationalities", nationalityChoices(figures, labels));
    model.addAttribute("provinceName", labels.province(figures.filter().province()));
    return "registry/statistics";
  }

  /** A malformed filter is a bad request, explained by the shell's error page. */
  @ExceptionHandler(BadFilterException.class)
  void badFilter(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value());
  }

  private List<Chart> charts(Figures f, Labels labels) {
    List<Chart> charts = new ArrayList<>();
    Cell all = f.total();
    charts.add(single("status", "bar", f.byStatus(), all, labels, labels.by("statistics.status.")));
    charts.add(
        single(
            "nationality",
            "bar",
            f.byNationality(),
            all,
            labels,
            labels.by("statistics.nationality.")));
    charts.add(single("sector", "bar", f.bySector(), all, labels, labels.by("statistics.sector.")));
    charts.add(
        single("channel", "bar", f.byChannel(), all, labels, labels.by("statistics.channel.")));
    charts.add(
        single(
            "reason",
            "horizontal",
            f.irregularByReason(),
            null,
            labels,
            labels.by("statistics.reason.")));
    charts.add(single("expiring", "bar", f.expiringByMonth(), null, labels, labels::month));
    charts.add(becameIrregular(f, labels));
    return charts;
  }

  /** A chart of one series; with the total of all workers, each row shows its share of them. */
  private static Chart single(
      String id,
      String kind,
      List<Cell> cells,
      Cell total,
      Labels labels,
      Function<String, String> label) {
    List<Chart.Row> rows =
        cells.stream()
            .map(
                c ->
                    new Chart.Row(
                        c.key(),
                        label.apply(c.key()),
                        List.of(c),
                        total == null ? null : Chart.share(c, total)))
            .toList();
    return new Chart(
        id,
        labels.text("statistics.chart." + id),
        kind,
        List.of(labels.text("statistics.workers")),
        rows);
  }

  /** Workers who became irregular per month, one series per reason, most frequent first. */
  private Chart becameIrregular(Figures f, Labels labels) {
    Map<String, Long> totals = new LinkedHashMap<>();
    f.becameIrregularByMonth()
        .forEach(m -> m.reasons().forEach(r -> totals.merge(r.key(), r.drawn(), Long::sum)));
    List<String> reasons =
        totals.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    List<String> series = new ArrayList<>(List.of(labels.text("statistics.workers")));
    reasons.forEach(r -> series.add(labels.by("statistics.reason.").apply(r)));
    List<Chart.Row> rows = new ArrayList<>();
    for (MonthEntries month : f.becameIrregularByMonth()) {
      List<Cell> cells = new ArrayList<>(List.of(month.workers()));
      for (String reason : reasons) {
        cells.add(
            month.reasons().stream()
                .filter(r -> r.key().equals(reason))
                .findFirst()
                .orElse(new Cell(reason, 0L, false)));
      }
      rows.add(new Chart.Row(month.month(), labels.month(month.month()), cells, null));
    }
    return new Chart(
        "becameIrregular",
        labels.text("statistics.chart.becameIrregular"),
        "stacked",
        series,
        rows);
  }

  private List<AdminArea> provinceChoices(Locale locale) {
    return areas.provinces().stream()
        .sorted(Comparator.comparing((AdminArea a) -> a.name(locale)))
        .toList();
  }

  private Map<String, String> nationalityChoices(Figures figures, Labels labels) {
    Set<String> codes = new LinkedHashSet<>(NATIONALITIES);
    figures.byNationality().stream().map(Cell::key).filter(k -> k != null).forEach(codes::add);
    if (figures.filter().nationality() != null) {
      codes.add(figures.filter().nationality());
    }
    Map<String, String> choices = new LinkedHashMap<>();
    codes.forEach(c -> choices.put(c, labels.by("statistics.nationality.").apply(c)));
    return choices;
  }

  /** Names in the reader's language and calendar; a code without a name shows as itself. */
  private final class Labels {

    private final Locale locale;
    private final DateTimeFormatter month;

    Labels(Locale locale) {
      this.locale = locale;
      // Latin digits and the reader's calendar, as the shell's dates
      this.month =
          DateTimeFormatter.ofPattern("MMM yyyy")
              .localizedBy(locale)
              .withDecimalStyle(DecimalStyle.STANDARD);
    }

    String text(String key) {
      return messages.getMessage(key, null, key, locale);
    }

    Function<String, String> by(String prefix) {
      return key ->
          key == null
              ? text("statistics.notRecorded")
              : messages.getMessage(prefix + key, null, key, locale);
    }

    String province(String code) {
      if (code == null) {
        return text("statistics.notRecorded");
      }
      return areas.findArea(code).map(a -> a.name(locale)).orElse(code);
    }

    String month(String yearMonth) {
      return month.format(YearMonth.parse(yearMonth).atDay(1));
    }
  }
}
