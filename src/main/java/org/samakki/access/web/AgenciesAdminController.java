package org.samakki.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.AgencyAdministration;
import org.samakki.access.accounts.InvalidAccountException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages to register and edit agencies. */
@Controller
class AgenciesAdminController {

  private static final Set<String> EDITABLE = Set.of("code", "name", "type", "active");

  private final AgencyAdministration agencies;

  AgenciesAdminController(AgencyAdministration agencies) {
    this.agencies = agencies;
  }

  @GetMapping("/admin/agencies")
  String list(Model model) {
    model.addAttribute("agencies", agencies.list());
    model.addAttribute("agencyTypes", AgencyType.values());
    return "access/admin/agencies";
  }

  @GetMapping("/admin/agencies/new")
  String newForm(Model model) {
    return list(model);
  }

  @PostMapping("/admin/agencies")
  String create(
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "type", required = false) AgencyType type,
      Model model,
      HttpServletResponse response) {
    try {
      return "redirect:/admin/agencies/"
          + agencies.create(code, name, type == null ? AgencyType.NGO : type);
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return list(model);
    }
  }

  @GetMapping("/admin/agencies/{id}")
  String agency(@PathVariable UUID id, Model model) {
    model.addAttribute("agency", agencies.read(id));
    model.addAttribute("agencyTypes", AgencyType.values());
    return "access/admin/agency";
  }

  @PostMapping("/admin/agencies/{id}")
  String update(
      @PathVariable UUID id,
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "type", required = false) AgencyType type,
      @RequestParam(name = "active", required = false) Boolean active,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Set<String> sent = new HashSet<>(request.getParameterMap().keySet());
    sent.retainAll(EDITABLE);
    if (request.getParameter("activeShown") != null) {
      sent.add("active");
    }
    try {
      agencies.update(id, sent, code, name, type, active != null && active);
      return "redirect:/admin/agencies/" + id + "?saved";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return agency(id, model);
    }
  }
}
