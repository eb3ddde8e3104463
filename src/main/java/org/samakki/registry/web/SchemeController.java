package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.samakki.TypedDates;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordNotFoundException;
import org.samakki.registry.Sector;
import org.samakki.registry.schemes.SchemeCatalog;
import org.samakki.registry.status.EntitlementKind;
import org.samakki.registry.status.Scheme;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registration schemes as data: everyone who registers or inspects reads them; a platform
 * administrator adds the next Cabinet resolution as a new scheme or a new version of one.
 */
@Controller
class SchemeController {

  private final SchemeCatalog catalog;
  private final AccessControl access;
  private final TypedDates dates;

  SchemeController(SchemeCatalog catalog, AccessControl access, TypedDates dates) {
    this.catalog = catalog;
    this.access = access;
    this.dates = dates;
  }

  @GetMapping("/registry/schemes")
  String list(Model model) {
    model.addAttribute("schemes", catalog.latest());
    model.addAttribute("canAdd", access.can("registration-scheme", "create"));
    return "registry/schemes";
  }

  @GetMapping("/registry/schemes/{code}")
  String show(@PathVariable String code, Model model) {
    List<Scheme> versions =
        catalog.all().stream()
            .filter(s -> s.code().equals(code))
            .sorted(Comparator.comparingInt(Scheme::version).reversed())
            .toList();
    if (versions.isEmpty()) {
      throw new RecordNotFoundException("registration-scheme", code);
    }
    model.addAttribute("versions", versions);
    model.addAttribute("canAdd", access.can("registration-scheme", "create"));
    return "registry/scheme";
  }

  @GetMapping("/registry/schemes/new")
  String form(@RequestParam(name = "from", required = false) String from, Model model) {
    access.require("registration-scheme", "create");
    SchemeForm form = catalog.find(from).map(SchemeForm::of).orElse(SchemeForm.blank());
    return form(model, form);
  }

  @PostMapping("/registry/schemes")
  String save(@ModelAttribute SchemeForm form, Model model, HttpServletResponse response) {
    try {
      Scheme saved = catalog.save(form.toScheme(dates::read), access.actor().name());
      return "redirect:/registry/schemes/" + saved.code() + "?saved=" + saved.version();
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.getMessage());
      return form(model, form);
    }
  }

  private String form(Model model, SchemeForm form) {
    model.addAttribute("form", form);
    model.addAttribute("channels", Scheme.Channel.values());
    model.addAttribute("sectors", Sector.values());
    model.addAttribute("entitlements", EntitlementKind.values());
    return "registry/scheme-form";
  }
}
