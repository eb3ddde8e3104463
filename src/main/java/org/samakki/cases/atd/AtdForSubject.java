package org.samakki.cases.atd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.subjectaccess.SubjectRecordPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's alternatives to detention in a subject access export: assessments, placements and
 * visits with their encrypted parts decrypted; staff names (assessor, visitor) are left out.
 */
@Component
class AtdForSubject implements SubjectRecordPart {

  private final JdbcClient jdbc;
  private final CaseKeys keys;

  AtdForSubject(JdbcClient jdbc, CaseKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public String name() {
    return "alternativesToDetention";
  }

  @Override
  public Map<String, Object> of(UUID caseId) {
    Map<String, Object> atd = new LinkedHashMap<>();
    atd.put(
        "assessments",
        rows(
            "select id, assessed_on, agency, recommendation, findings"
                + " from cases.best_interests_assessment",
            caseId,
            "findings",
            "bia:"));
    atd.put(
        "placements",
        rows(
            "select id, placement_type, area_code, starts_on, ends_on, released_on, caregiver"
                + " from cases.placement",
            caseId,
            "caregiver",
            "placement-caregiver:"));
    atd.put(
        "visits",
        rows(
            "select id, due_on, done_on, outcome, notes from cases.follow_up_visit",
            caseId,
            "notes",
            "visit-notes:"));
    return atd;
  }

  /** The rows with their one sealed column opened (its field is the prefix and the row id). */
  private List<Map<String, Object>> rows(
      String select, UUID caseId, String sealedColumn, String fieldPrefix) {
    return jdbc.sql(select + " where case_id = ? order by 2")
        .param(caseId)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String column = rs.getMetaData().getColumnName(i);
                Object value =
                    rs.getMetaData().getColumnType(i) == java.sql.Types.DATE
                        ? rs.getObject(i, java.time.LocalDate.class)
                        : rs.getObject(i);
                if (column.equals(sealedColumn)) {
                  value =
                      keys.open(
                              caseId, fieldPrefix + rs.getObject("id", UUID.class), rs.getBytes(i))
                          .orElse(null);
                }
                if (!column.equals("id")) {
                  row.put(column, value);
                }
              }
              return row;
            })
        .list();
  }
}
