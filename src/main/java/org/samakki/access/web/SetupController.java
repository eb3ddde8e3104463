package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.FirstAdministrator;
import org.samakki.access.accounts.InvalidAccountException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first-run page where the setup token printed at start registers the first administrator. */
@Controller
class SetupController {

  private final FirstAdministrator firstAdministrator;

  SetupController(FirstAdministrator firstAdministrator) {
    this.firstAdministrator = firstAdministrator;
  }

  @GetMapping("/setup")
  String form(Model model) {
    model.addAttribute("agencyTypes", AgencyType.values());
    return "access/setup";
  }

  @PostMapping("/setup")
  String register(
      @RequestParam(name = "token", required = false) String token,
      @RequestParam(name = "agencyCode", required = false) String agencyCode,
      @RequestParam(name = "agencyName", required = false) String agencyName,
      @RequestParam(name = "agencyType", required = false) AgencyType agencyType,
      @RequestParam(name = "username", required = false) String username,
      @RequestParam(name = "displayName", required = false) String displayName,
      @RequestParam(name = "password", required = false) String password,
      Model model,
      HttpServletResponse response) {
    try {
      firstAdministrator.register(
          new FirstAdministrator.Registration(
              token, agencyCode, agencyName, agencyType, username, displayName, password));
      return "redirect:/sign-in?setupDone";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      model.addAttribute("agencyTypes", AgencyType.values());
      return "access/setup";
    }
  }
}
