package org.samakki.registry.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.samakki.access.AccessControl;
import org.samakki.linkage.Candidate;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.Explanation;
import org.samakki.linkage.NameForm;
import org.samakki.linkage.NameKind;
import org.samakki.linkage.PartialDate;
import org.samakki.linkage.PersonRecord;
import org.samakki.linkage.Sex;
import org.samakki.registry.persons.PersonFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-time matching for a registration form before it is saved: the known persons most likely to
 * be the one being registered, with the probability and the per-field weights, limited to persons
 * the caller may see.
 */
@Service
public class PersonMatching {

  static final int LIMIT = 10;

  private final PersonIndex index;
  private final PersonFiles persons;
  private final AccessControl access;

  PersonMatching(PersonIndex index, PersonFiles persons, AccessControl access) {
    this.index = index;
    this.persons = persons;
    this.access = access;
  }

  /** What the form holds so far; any field may be empty but one name. */
  public record Probe(
      String givenName,
      String familyName,
      String nameNative,
      String sex,
      String birthDate,
      String nationality,
      String documentType,
      String documentNumber,
      String phone,
      String provinceCode) {}

  /** A known person who may be the one on the form. */
  public record Match(Map<String, Object> person, double probability, Explanation explanation) {}

  @Transactional
  public List<Match> match(Probe probe) {
    return match(probe, 0.01);
  }

  /**
   * The same, down to a lower probability: intake shows weak candidates too, since a common name
   * with few other details weighs little against a large register.
   */
  @Transactional
  public List<Match> match(Probe probe, double minimumProbability) {
    access.require("person", "list");
    if (!index.isLoaded()) {
      throw new IllegalArgumentException("registry.match.notReady");
    }
    PersonRecord record = record(probe);
    List<Candidate> candidates = index.candidates(record, LIMIT, minimumProbability);
    Map<Long, Map<String, Object>> visible =
        persons.summaries(candidates.stream().map(c -> Long.valueOf(c.recordId())).toList());
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Object> person = visible.get(Long.valueOf(c.recordId()));
      if (person != null) {
        matches.add(new Match(person, c.probability(), c.explanation()));
      }
    }
    return matches;
  }

  private static PersonRecord record(Probe probe) {
    List<NameForm> names = new ArrayList<>();
    name(names, probe.givenName(), NameKind.GIVEN);
    name(names, probe.familyName(), NameKind.FAMILY);
    name(names, probe.nameNative(), NameKind.FULL);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("registry.match.name.required");
    }
    PartialDate birth;
    try {
      birth = blank(probe.birthDate()) ? null : PartialDate.parse(probe.birthDate());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("registry.match.birthDate.invalid");
    }
    String nationality = blank(probe.nationality()) ? null : probe.nationality().strip();
    if (nationality != null && !nationality.matches("[A-Za-z]{3}")) {
      throw new IllegalArgumentException("registry.match.nationality.invalid");
    }
    List<DocumentNumber> documents =
        blank(probe.documentNumber())
            ? List.of()
            : List.of(
                new DocumentNumber(
                    DocumentType.parse(probe.documentType()), probe.documentNumber()));
    return new PersonRecord(
        // an id no stored person has: the probe is never matched against itself
        "probe",
        names,
        Sex.parse(probe.sex()),
        birth,
        nationality,
        documents,
        probe.phone(),
        blank(probe.provinceCode()) ? null : probe.provinceCode().strip());
  }

  private static void name(List<NameForm> names, String text, NameKind kind) {
    if (!blank(text)) {
      names.add(new NameForm(text, kind));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
