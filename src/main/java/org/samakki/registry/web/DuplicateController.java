package org.samakki.registry.web;

import org.samakki.access.AccessControl;
import org.samakki.registry.duplicates.DuplicateCheck;
import org.samakki.registry.duplicates.DuplicateReview;
import org.samakki.registry.duplicates.Merges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The duplicate review queue: flagged pairs side by side with the waterfall of match weights, and
 * the reviewer's decisions — merge, not the same person, and undoing a merge.
 */
@Controller
class DuplicateController {

  private final DuplicateReview review;
  private final Merges merges;
  private final DuplicateCheck check;
  private final AccessControl access;

  DuplicateController(
      DuplicateReview review, Merges merges, DuplicateCheck check, AccessControl access) {
    this.review = review;
    this.merges = merges;
    this.check = check;
    this.access = access;
  }

  @GetMapping("/registry/duplicates")
  String queue(Model model) {
    model.addAttribute("entries", review.queue());
    model.addAttribute("page", DuplicateReview.PAGE);
    model.addAttribute("threshold", Math.round(check.threshold() * 100));
    return "registry/duplicates";
  }

  @GetMapping("/registry/duplicates/{id}")
  String pair(@PathVariable long id, Model model) {
    DuplicateReview.Review pair = review.review(id);
    model.addAttribute("pair", pair);
    model.addAttribute("merge", merges.ofFlag(id).orElse(null));
    model.addAttribute("canMerge", access.can("person-duplicate", "merge"));
    model.addAttribute("canUnmerge", access.can("person-duplicate", "unmerge"));
    return "registry/duplicate";
  }

  @PostMapping("/registry/duplicates/{id}/merge")
  String merge(@PathVariable long id, @RequestParam(name = "survivor") long survivor) {
    merges.merge(id, survivor);
    return "redirect:/registry/duplicates/" + id + "?merged";
  }

  @PostMapping("/registry/duplicates/{id}/distinct")
  String distinct(
      @PathVariable long id, @RequestParam(name = "note", required = false) String note) {
    review.distinct(id, note);
    return "redirect:/registry/duplicates?decided";
  }

  @PostMapping("/registry/merges/{id}/undo")
  String unmerge(@PathVariable long id) {
    Merges.Merge merge = merges.unmerge(id);
    return merge.flagId() == null
        ? "redirect:/registry/persons/" + merge.mergedId() + "?unmerged"
        : "redirect:/registry/duplicates/" + merge.flagId() + "?unmerged";
  }
}
