package org.samakki.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.accounts.Accounts;
import org.samakki.access.accounts.AgencyAdministration;
import org.samakki.access.accounts.InvalidAccountException;
import org.samakki.access.accounts.NewUser;
import org.samakki.access.accounts.UserChanges;
import org.samakki.access.policy.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to create, edit, disable and reset user accounts. */
@Controller
class UsersAdminController {

  private static final Set<String> EDITABLE =
      Set.of("displayName", "email", "roles", "areaCode", "expiresOn", "supervisorId");

  private final Accounts accounts;
  private final AgencyAdministration agencies;
  private final AccessPolicy policy;

  UsersAdminController(Accounts accounts, AgencyAdministration agencies, AccessPolicy policy) {
    this.accounts = accounts;
    this.agencies = agencies;
    this.policy = policy;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("users", accounts.list());
    return "access/admin/users";
  }

  @GetMapping("/admin/users/new")
  String newForm(Model model) {
    model.addAttribute("agencies", agencies.choices());
    model.addAttribute("roles", policy.roles());
    return "access/admin/user-new";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam(name = "agencyId", required = false) UUID agencyId,
      @RequestParam(name = "username", required = false) String username,
      @RequestParam(name = "displayName", required = false) String displayName,
      @RequestParam(name = "email", required = false) String email,
      @RequestParam(name = "roles", required = false) List<String> roles,
      @RequestParam(name = "areaCode", required = false) String areaCode,
      @RequestParam(name = "expiresOn", required = false) LocalDate expiresOn,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      Accounts.Created created =
          accounts.create(
              new NewUser(
                  agencyId,
                  username,
                  displayName,
                  email,
                  roles == null ? Set.of() : new HashSet<>(roles),
                  areaCode,
                  expiresOn,
                  null));
      redirect.addFlashAttribute("oneTimePassword", created.generatedPassword());
      return "redirect:/admin/users/" + created.id();
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return newForm(model);
    }
  }

  @GetMapping("/admin/users/{id}")
  String user(@PathVariable UUID id, Model model) {
    model.addAttribute("user", accounts.read(id));
    model.addAttribute("roles", policy.roles());
    return "access/admin/user";
  }

  @PostMapping("/admin/users/{id}")
  String update(
      @PathVariable UUID id,
      @RequestParam(name = "displayName", required = false) String displayName,
      @RequestParam(name = "email", required = false) String email,
      @RequestParam(name = "roles", required = false) List<String> roles,
      @RequestParam(name = "areaCode", required = false) String areaCode,
      @RequestParam(name = "expiresOn", required = false) LocalDate expiresOn,
      @RequestParam(name = "supervisorId", required = false) UUID supervisorId,
      HttpServletRequest request,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    Set<String> sent = new HashSet<>(request.getParameterMap().keySet());
    sent.retainAll(EDITABLE);
    if (request.getParameter("rolesShown") != null) {
      sent.add("roles");
    }
    try {
      accounts.update(
          id,
          new UserChanges(
              sent,
              displayName,
              email,
              roles == null ? Set.of() : new HashSet<>(roles),
              areaCode,
              null,
              supervisorId,
              expiresOn));
      return "redirect:/admin/users/" + id + "?saved";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return user(id, model);
    }
  }

  @PostMapping("/admin/users/{id}/disable")
  String disable(
      @PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason) {
    accounts.disable(id, reason);
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/enable")
  String enable(@PathVariable UUID id) {
    accounts.enable(id);
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/password")
  String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/second-factor")
  String resetSecondFactor(@PathVariable UUID id) {
    accounts.resetSecondFactor(id);
    return "redirect:/admin/users/" + id + "?secondFactorReset";
  }

  @PostMapping("/admin/users/{id}/sessions/end")
  String endSessions(@PathVariable UUID id) {
    accounts.endSessions(id);
    return "redirect:/admin/users/" + id + "?sessionsEnded";
  }
}
