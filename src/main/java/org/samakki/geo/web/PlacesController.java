package org.samakki.geo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samakki.geo.AdminArea;
import org.samakki.geo.AdminAreas;
import org.samakki.geo.AreaLevel;
import org.samakki.geo.UnknownAreaException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages to browse Thailand's areas and their codes, and the typeahead that every form embeds
 * through the {@code geo/fragments :: area-picker} fragment.
 */
@Controller
@RequestMapping("/geo")
class PlacesController {

  private static final int OPTIONS = 12;

  private final AdminAreas areas;

  PlacesController(AdminAreas areas) {
    this.areas = areas;
  }

  @GetMapping
  String places(
      @RequestParam(name = "q", required = false) String query, Model model, Locale locale) {
    model.addAttribute("provinces", areas.provinces());
    model.addAttribute("query", query == null ? "" : query);
    model.addAttribute("results", options(query, Set.of(), null, locale));
    return "geo/places";
  }

  /** Opens the area chosen in the picker; without script, lists what the typed name matches. */
  @GetMapping("/open")
  String open(
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "q", required = false) String query,
      Model model,
      Locale locale) {
    if (code != null && areas.findArea(code).isPresent()) {
      return "redirect:/geo/areas/" + code;
    }
    return places(query, model, locale);
  }

  @GetMapping("/areas/{code}")
  String area(@PathVariable String code, Model model) {
    AdminArea area = areas.getArea(code);
    model.addAttribute("area", area);
    model.addAttribute("path", areas.path(code));
    model.addAttribute("children", areas.children(code));
    return "geo/area";
  }

  @GetMapping("/typeahead")
  String typeahead(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "level", required = false) Set<AreaLevel> levels,
      @RequestParam(name = "within", required = false) String within,
      Model model,
      Locale locale) {
    model.addAttribute(
        "options", options(query, levels == null ? Set.of() : levels, within, locale));
    return "geo/fragments :: options";
  }

  private List<AreaOption> options(
      String query, Set<AreaLevel> levels, String within, Locale locale) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return areas.search(query, levels, within, OPTIONS).stream()
        .map(a -> AreaOption.of(a, areas.path(a.code()), locale))
        .toList();
  }

  /** An unknown code is a missing page, shown as the shell's 404 page. */
  @ExceptionHandler(UnknownAreaException.class)
  void unknownArea(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }
}
