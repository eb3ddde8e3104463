package org.samakki.registry.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * same suppression as on the page applies: a count from 1 to 4 comes with {@code workers} null and
 * {@code suppressed} true.
 */
@RestController
@Tag(name = "Registry statistics", description = "Counts of registered migrant workers")
class StatisticsApi {

  private final RegistryStatistics statistics;
  private final MessageSource messages;

  StatisticsApi(RegistryStatistics statistics, MessageSource messages) {
    this.statistics = statistics;
    this.messages = messages;
  }

  @GetMapping(path = "/api/registry/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Registered migrant workers today, counted live",
      description =
          "Workers by status, nationality, sector, province of work and registration channel;"
              + " irregular workers by reason; workers whose next deadline falls in each of the"
              + " next 12 months; workers who became irregular in each of the last 12 months, by"
              + " reason. Counts from 1 to minimumCell - 1 are suppressed: workers is null and"
              + " suppressed is true. Needs the statistics purpose; every read is audited.")
  Figures figures(
      @Parameter(description = "DOPA province code of the place of work, such as 63 for Tak")
          @RequestParam(name = "province", required = false)
          String province,
      @Parameter(description = "ISO 3166-1 alpha-3 nationality, such as MMR")
          @RequestParam(name = "nationality", required = false)
          String nationality) {
    return statistics.figures(new StatisticsFilter(province, nationality));
  }

  @ExceptionHandler(BadFilterException.class)
  ProblemDetail badFilter(Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("statistics.error.filter.title", null, locale));
    problem.setDetail(messages.getMessage("statistics.error.filter", null, locale));
    return problem;
  }
}
