package org.samakki.cases.web;

import java.util.Locale;
import java.util.Map;
import org.samakki.cases.statistics.NrmStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The NRM statistics page: aggregates only, small cells suppressed (DP-03). */
@Controller
class CaseStatisticsController {

  private final NrmStatistics statistics;

  CaseStatisticsController(NrmStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/cases/statistics")
  String page(Model model, Locale locale) {
    model.addAttribute("figures", statistics.figures());
    Map<String, String> countries = TraffickingController.countries(locale);
    model.addAttribute("countries", countries);
    return "cases/statistics";
  }
}
