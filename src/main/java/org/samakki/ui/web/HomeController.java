package org.samakki.ui.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page every user sees: what Samakki holds and where to go from here. */
@Controller
class HomeController {

  private final Clock clock;

  HomeController(Clock clock) {
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("today", LocalDate.now(clock));
    return "ui/home";
  }
}
