package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.samakki.access.accounts.AgencyAdministration;
import org.samakki.access.accounts.InvalidAccountException;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.sharing.SharingAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for data-sharing agreements and the API clients bound to them. */
@Controller
class SharingAdminController {

  private final SharingAdministration sharing;
  private final AgencyAdministration agencies;
  private final AccessPolicy policy;

  SharingAdminController(
      SharingAdministration sharing, AgencyAdministration agencies, AccessPolicy policy) {
    this.sharing = sharing;
    this.agencies = agencies;
    this.policy = policy;
  }

  @GetMapping("/admin/agreements")
  String agreements(Model model) {
    model.addAttribute("agreements", sharing.agreements());
    model.addAttribute("agencies", agencies.choices());
    model.addAttribute("purposes", policy.document().purposes().keySet());
    return "access/admin/agreements";
  }

  @PostMapping("/admin/agreements")
  String register(
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "agencyIds", required = false) List<UUID> agencyIds,
      @RequestParam(name = "purposes", required = false) List<String> purposes,
      @RequestParam(name = "dataCategories", required = false) String categories,
      @RequestParam(name = "validFrom", required = false) LocalDate from,
      @RequestParam(name = "validTo", required = false) LocalDate to,
      Model model,
      HttpServletResponse response) {
    try {
      sharing.registerAgreement(
          code,
          title,
          agencyIds == null ? java.util.Set.of() : new HashSet<>(agencyIds),
          purposes == null ? List.of() : purposes,
          categories == null ? List.of() : List.of(categories.split("\\s*[,;]\\s*")),
          from,
          to);
      return "redirect:/admin/agreements";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return agreements(model);
    }
  }

  @GetMapping("/admin/api-clients")
  String clients(Model model) {
    model.addAttribute("clients", sharing.clients());
    model.addAttribute("agreements", sharing.agreements());
    model.addAttribute("agencies", agencies.choices());
    model.addAttribute("roles", policy.roles());
    model.addAttribute("purposes", policy.document().purposes().keySet());
    return "access/admin/api-clients";
  }

  @PostMapping("/admin/api-clients")
  String createClient(
      @RequestParam(name = "agencyId", required = false) UUID agencyId,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "role", required = false) String role,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "agreementId", required = false) UUID agreementId,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      redirect.addFlashAttribute(
          "token", sharing.createClient(agencyId, name, role, purpose, agreementId));
      return "redirect:/admin/api-clients";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return clients(model);
    }
  }

  @PostMapping("/admin/api-clients/{id}/revoke")
  String revoke(@PathVariable UUID id) {
    sharing.revoke(id);
    return "redirect:/admin/api-clients";
  }
}
