package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.Notifications;
import org.samakki.access.accounts.Accounts;
import org.samakki.access.accounts.InvalidAccountException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user's own account: who Samakki thinks they are, their password, their notifications. */
@Controller
class AccountController {

  private final AccessControl access;
  private final Accounts accounts;
  private final Notifications notifications;

  AccountController(AccessControl access, Accounts accounts, Notifications notifications) {
    this.access = access;
    this.accounts = accounts;
    this.notifications = notifications;
  }

  @GetMapping("/account")
  String account(Model model) {
    Actor me = access.actor();
    model.addAttribute("me", me);
    return "access/account";
  }

  @GetMapping("/account/password")
  String passwordForm() {
    return "access/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam(name = "current", required = false) String current,
      @RequestParam(name = "password", required = false) String password,
      @RequestParam(name = "confirmation", required = false) String confirmation,
      Model model,
      HttpServletResponse response) {
    List<String> problems =
        password != null && password.equals(confirmation)
            ? List.of()
            : List.of("password.confirmationDiffers");
    try {
      if (problems.isEmpty()) {
        accounts.changeOwnPassword(current, password);
        return "redirect:/account?passwordChanged";
      }
    } catch (InvalidAccountException e) {
      problems = List.of(e.messageKey());
    }
    model.addAttribute("problems", problems);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "access/password";
  }

  @GetMapping("/notifications")
  String notifications(Model model) {
    model.addAttribute("notifications", notifications.recent(100));
    return "access/notifications";
  }

  @PostMapping("/notifications/read")
  String markRead() {
    notifications.markAllRead();
    return "redirect:/notifications";
  }
}
