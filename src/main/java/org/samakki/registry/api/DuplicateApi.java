package org.samakki.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.samakki.registry.duplicates.DuplicateReview;
import org.samakki.registry.duplicates.Merges;
import org.samakki.registry.duplicates.PersonMatching;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity resolution in the registry's API: matching a form before it is saved, the duplicate
 * review queue with each pair's per-field match weights, and the reviewer's decisions.
 */
@RestController
@Tag(name = "Registry duplicates", description = "Likely duplicates, review, merge and unmerge")
class DuplicateApi {

  private final PersonMatching matching;
  private final DuplicateReview review;
  private final Merges merges;

  DuplicateApi(PersonMatching matching, DuplicateReview review, Merges merges) {
    this.matching = matching;
    this.review = review;
    this.merges = merges;
  }

  /** A decision to merge: which of the two records stays the person's record. */
  record MergeRequest(Long survivor) {}

  /** A decision that the two records are two people, with an optional reason. */
  record DistinctRequest(String note) {}

  @PostMapping("/api/registry/persons/match")
  @Operation(
      summary =
          "Known persons who may be the one on a registration form, with probabilities and the"
              + " per-field match weights")
  List<PersonMatching.Match> match(@RequestBody PersonMatching.Probe probe) {
    if (probe == null) {
      throw new IllegalArgumentException("registry.match.name.required");
    }
    return matching.match(probe);
  }

  @GetMapping("/api/registry/duplicates")
  @Operation(summary = "Open pairs of possible duplicates the caller may decide, likeliest first")
  List<DuplicateReview.Entry> queue() {
    return review.queue();
  }

  @GetMapping("/api/registry/duplicates/{id}")
  @Operation(summary = "A flagged pair with the explanation: prior and per-field match weights")
  Map<String, Object> pair(@PathVariable long id) {
    return review.flag(id);
  }

  @PostMapping("/api/registry/duplicates/{id}/merge")
  @Operation(summary = "Merge the pair into the chosen survivor (can be undone)")
  Map<String, Object> merge(@PathVariable long id, @RequestBody MergeRequest request) {
    if (request == null || request.survivor() == null) {
      throw new IllegalArgumentException("registry.duplicates.survivor.invalid");
    }
    return Map.of("mergeId", merges.merge(id, request.survivor()));
  }

  @PostMapping("/api/registry/duplicates/{id}/distinct")
  @Operation(summary = "Record that the two records are two different people")
  Map<String, Object> distinct(
      @PathVariable long id, @RequestBody(required = false) DistinctRequest request) {
    review.distinct(id, request == null ? null : request.note());
    return Map.of("state", "DISTINCT");
  }

  @PostMapping("/api/registry/merges/{id}/undo")
  @Operation(summary = "Undo a merge: every moved document and registration goes back")
  Map<String, Object> unmerge(@PathVariable long id) {
    Merges.Merge merge = merges.unmerge(id);
    return Map.of("survivorId", merge.survivorId(), "mergedId", merge.mergedId());
  }
}
