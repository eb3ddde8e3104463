package org.samakki.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.samakki.access.signin.SecondFactorSignIn;
import org.samakki.access.signin.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: password (processed by Spring Security at POST /sign-in), then the code from
 * an authenticator app, or its enrolment on first sign-in when the policy requires it.
 */
@Controller
class SignInController {

  private static final String ENROL_SECRET = SignInController.class.getName() + ".secret";

  private final SecondFactorSignIn secondFactor;

  SignInController(SecondFactorSignIn secondFactor) {
    this.secondFactor = secondFactor;
  }

  @GetMapping("/sign-in")
  String signIn() {
    if (SecondFactorSignIn.pending().map(SignedInUser::fullySignedIn).orElse(false)) {
      return "redirect:/";
    }
    return "access/sign-in";
  }

  @GetMapping("/sign-in/second-factor")
  String codeForm() {
    SignedInUser user = SecondFactorSignIn.pending().orElseThrow();
    if (user.fullySignedIn()) {
      return "redirect:/";
    }
    return secondFactor.enrolled(user) ? "access/second-factor" : "redirect:/sign-in/enrol";
  }

  @PostMapping("/sign-in/second-factor")
  String code(
      @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (secondFactor.verify(code, request, response)) {
      return "redirect:/";
    }
    model.addAttribute("wrongCode", true);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "access/second-factor";
  }

  @GetMapping("/sign-in/enrol")
  String enrolForm(HttpSession session, Model model) {
    SignedInUser user = SecondFactorSignIn.pending().orElseThrow();
    if (user.fullySignedIn() || secondFactor.enrolled(user)) {
      return "redirect:/sign-in/second-factor";
    }
    String secret = (String) session.getAttribute(ENROL_SECRET);
    if (secret == null) {
      secret = secondFactor.newSecret();
      session.setAttribute(ENROL_SECRET, secret);
    }
    model.addAttribute("secret", secret);
    model.addAttribute("qrCode", secondFactor.qrCode(secret, user.username()));
    return "access/enrol";
  }

  @PostMapping("/sign-in/enrol")
  String enrol(
      @RequestParam(name = "code", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession();
    String secret = (String) session.getAttribute(ENROL_SECRET);
    if (secret != null && secondFactor.enrol(secret, code, request, response)) {
      request.getSession().removeAttribute(ENROL_SECRET);
      return "redirect:/";
    }
    model.addAttribute("wrongCode", true);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return enrolForm(session, model);
  }
}
