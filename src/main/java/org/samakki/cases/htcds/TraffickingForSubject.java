package org.samakki.cases.htcds;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.samakki.cases.subjectaccess.SubjectRecordPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trafficking record and the identification team in a subject access export: the record whole
 * and decrypted, the team by profession and agency (staff names are other people's data).
 */
@Component
class TraffickingForSubject implements SubjectRecordPart {

  private static final Set<String> ALL =
      Arrays.stream(TraffickingView.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(Collectors.toSet());

  private final TraffickingRecords records;
  private final JdbcClient jdbc;

  TraffickingForSubject(TraffickingRecords records, JdbcClient jdbc) {
    this.records = records;
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "traffickingRecord";
  }

  @Override
  public Map<String, Object> of(UUID caseId) {
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("record", records.view(caseId, ALL));
    part.put(
        "identificationTeam",
        jdbc.sql(
                "select profession, agency from cases.identification_member where case_id = ?"
                    + " order by position")
            .param(caseId)
            .query()
            .listOfRows());
    return part;
  }
}
