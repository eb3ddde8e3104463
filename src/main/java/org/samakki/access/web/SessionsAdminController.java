package org.samakki.access.web;

import org.samakki.access.signin.ActiveSessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The page of sessions open now, each of which an administrator can end. */
@Controller
class SessionsAdminController {

  private final ActiveSessions sessions;

  SessionsAdminController(ActiveSessions sessions) {
    this.sessions = sessions;
  }

  @GetMapping("/admin/sessions")
  String list(Model model) {
    model.addAttribute("sessions", sessions.list());
    return "access/admin/sessions";
  }

  @PostMapping("/admin/sessions/{id}/end")
  String end(@PathVariable String id) {
    sessions.end(id);
    return "redirect:/admin/sessions";
  }
}
