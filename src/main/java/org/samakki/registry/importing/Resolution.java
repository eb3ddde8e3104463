package org.samakki.registry.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a batch's rows turned out to be about: which person and employer ids, which are new. */
final class Resolution {

  final Map<String, Long> personIds = new HashMap<>();
  final Set<Long> newPersons = new HashSet<>();
  final Map<String, Long> employerIds = new HashMap<>();
  final Set<String> knownDocuments = new HashSet<>();
  final List<ParsedRow> accepted = new ArrayList<>();
  final List<RowParser.Rejected> rejected = new ArrayList<>();

  long personOf(ParsedRow row) {
    return personIds.get(row.personKey());
  }

  long employerOf(ParsedRow row) {
    return employerIds.get(row.employerKey());
  }

  static String documentKey(ParsedRow row) {
    return row.documentType() + ":" + row.documentNumber();
  }
}
