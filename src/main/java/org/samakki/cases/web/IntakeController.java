package org.samakki.cases.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.samakki.registry.PersonLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Intake: the caseworker searches the registry for the person first (any spelling or script, a
 * document, a birth year), opens the case on the person found, or, when nobody matches, registers a
 * minimal person and opens the case on them. Searches and new persons are audited for protection.
 */
@Controller
class IntakeController {

  /** The purpose intake processes personal data for, as the audit trail records it. */
  static final String PURPOSE = "protection";

  private final PersonLookup lookup;

  IntakeController(PersonLookup lookup) {
    this.lookup = lookup;
  }

  /** What the caseworker searched by, echoed back into the forms. */
  record Search(
      String name,
      String documentType,
      String documentNumber,
      String birth,
      String sex,
      String nationality) {}

  @GetMapping("/cases/intake")
  String form(Model model) {
    return intake(null, null, null, null, null, null, model);
  }

  /**
   * The search goes by POST: a possible victim's name and papers stay out of addresses and logs.
   */
  @PostMapping("/cases/intake")
  String intake(
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "documentType", required = false) String documentType,
      @RequestParam(name = "documentNumber", required = false) String documentNumber,
      @RequestParam(name = "birth", required = false) String birth,
      @RequestParam(name = "sex", required = false) String sex,
      @RequestParam(name = "nationality", required = false) String nationality,
      Model model) {
    Search search = new Search(name, documentType, documentNumber, birth, sex, nationality);
    model.addAttribute("search", search);
    model.addAttribute("documentTypes", PersonLookup.documentTypes());
    boolean searched = name != null;
    model.addAttribute("latinName", PersonLookup.isLatin(name) ? name.strip() : null);
    model.addAttribute(
        "nativeName", name != null && !PersonLookup.isLatin(name) ? name.strip() : null);
    model.addAttribute("searched", searched);
    if (searched) {
      List<PersonLookup.Candidate> candidates =
          lookup.search(
              new PersonLookup.Query(name, documentType, documentNumber, birth, sex, nationality),
              PURPOSE);
      model.addAttribute("candidates", candidates);
      // the notice is offered in the language of the person's nationality; the form lets it change
      model.addAttribute(
          "languages",
          candidates.stream()
              .map(c -> PersonLookup.noticeLanguage((String) c.person().get("nationality")))
              .toList());
    }
    return "cases/intake";
  }

  @PostMapping("/cases/intake/persons")
  String register(
      @RequestParam(name = "givenName", required = false) String givenName,
      @RequestParam(name = "familyName", required = false) String familyName,
      @RequestParam(name = "nameNative", required = false) String nameNative,
      @RequestParam(name = "sex", required = false) String sex,
      @RequestParam(name = "birth", required = false) String birth,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "documentType", required = false) String documentType,
      @RequestParam(name = "documentNumber", required = false) String documentNumber) {
    long person =
        lookup.create(
            new PersonLookup.NewPerson(
                givenName,
                familyName,
                nameNative,
                sex,
                birth,
                nationality,
                documentType,
                documentNumber),
            PURPOSE);
    return "redirect:/cases/new?person="
        + person
        + "&language="
        + URLEncoder.encode(PersonLookup.noticeLanguage(nationality), StandardCharsets.UTF_8);
  }
}
