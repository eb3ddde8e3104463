package org.samakki.registry.statistics;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's figures as JSON ({@link Figures}), for dashboards and the annual key figures:
 * {@code GET /api/registry/statistics?province=63&nationality=MMR}, both parameters optional. The
 * same suppression as on the page applies: a count from 1 to 4 comes as {@code "workers": null,
 * "suppressed": true}.
 */
@RestController
class StatisticsApi {

  private final RegistryStatistics statistics;
  private final MessageSource messages;

  StatisticsApi(RegistryStatistics statistics, MessageSource messages) {
    this.statistics = statistics;
    this.messages = messages;
  }

  @GetMapping(path = "/api/registry/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  Figures figures(
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "nationality", required = false) String nationality) {
    return statistics.figures(new StatisticsFilter(province, nationality));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badFilter(Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("statistics.error.filter.title", null, locale));
    problem.setDetail(messages.getMessage("statistics.error.filter", null, locale));
    return problem;
  }
}
