package org.samakki.geo.rest;

import java.util.List;
import java.util.Locale;
import org.samakki.geo.AdminArea;
import org.samakki.geo.AdminAreas;
import org.samakki.geo.AreaLevel;
import org.samakki.geo.UnknownAreaException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON lookup of provinces, districts and subdistricts by code, parent or name. */
@RestController
@RequestMapping("/api/geo/areas")
class AdminAreaApi {

  private final AdminAreas areas;
  private final MessageSource messages;

  AdminAreaApi(AdminAreas areas, MessageSource messages) {
    this.areas = areas;
    this.messages = messages;
  }

  /** An area as exchanged with other systems, with both names and both codes. */
  record AreaJson(
      String code,
      String pcode,
      AreaLevel level,
      String parentCode,
      String nameTh,
      String nameEn,
      Integer postalCode) {
    static AreaJson of(AdminArea area) {
      return new AreaJson(
          area.code(),
          area.pcode(),
          area.level(),
          area.parentCode(),
          area.nameTh(),
          area.nameEn(),
          area.postalCode());
    }
  }

  @GetMapping
  List<AreaJson> search(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "level", required = false) AreaLevel level,
      @RequestParam(name = "within", required = false) String within,
      @RequestParam(name = "limit", defaultValue = "10") int limit) {
    if (query == null || query.isBlank()) {
      return areas.provinces().stream().map(AreaJson::of).toList();
    }
    return areas.search(query, level, within, limit).stream().map(AreaJson::of).toList();
  }

  @GetMapping("/{code}")
  AreaJson area(@PathVariable String code) {
    return AreaJson.of(areas.getArea(code));
  }

  @GetMapping("/{code}/children")
  List<AreaJson> children(@PathVariable String code) {
    return areas.children(code).stream().map(AreaJson::of).toList();
  }

  @ExceptionHandler(UnknownAreaException.class)
  ProblemDetail unknownArea(UnknownAreaException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle(messages.getMessage("geo.error.unknownArea.title", null, locale));
    problem.setDetail(
        messages.getMessage("geo.error.unknownArea", new Object[] {e.code()}, locale));
    return problem;
  }
}
