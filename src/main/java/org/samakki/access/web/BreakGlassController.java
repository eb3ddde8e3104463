package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.samakki.access.BreakGlass;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordFactsSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where a user with break-the-glass asks for emergency access to one record. The answer is
 * the same whether or not the record exists, so that the page reveals nothing.
 */
@Controller
class BreakGlassController {

  private final BreakGlass breakGlass;
  private final List<RecordFactsSource> sources;

  BreakGlassController(BreakGlass breakGlass, List<RecordFactsSource> sources) {
    this.breakGlass = breakGlass;
    this.sources = sources;
  }

  @GetMapping("/break-glass")
  String form(
      @RequestParam(name = "resource", required = false) String resource,
      @RequestParam(name = "record", required = false) String record,
      Model model) {
    model.addAttribute("resource", resource);
    model.addAttribute("record", record);
    model.addAttribute(
        "resources", sources.stream().map(RecordFactsSource::resource).sorted().toList());
    return "access/break-glass";
  }

  @PostMapping("/break-glass")
  String open(
      @RequestParam(name = "resource", required = false) String resource,
      @RequestParam(name = "record", required = false) String record,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Optional<RecordFactsSource> source =
        sources.stream().filter(s -> s.resource().equals(resource)).findFirst();
    if (source.isEmpty() || record == null || record.isBlank()) {
      return invalid("break-glass.record.invalid", resource, record, model, response);
    }
    RecordFacts facts =
        source
            .get()
            .facts(record.strip())
            .orElse(
                new RecordFacts(
                    resource, record.strip(), null, null, null, java.util.Set.of(), false));
    try {
      breakGlass.open(facts, reason);
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage(), resource, record, model, response);
    }
    return "redirect:" + source.get().path(facts.recordId());
  }

  private String invalid(
      String problem, String resource, String record, Model model, HttpServletResponse response) {
    model.addAttribute("problem", problem);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(resource, record, model);
  }
}
