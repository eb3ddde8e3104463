package org.samakki.cases.tasks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.subjectaccess.SubjectRecordPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case's follow-up tasks in a subject access export, titles decrypted, assignees left out. */
@Component
class TasksForSubject implements SubjectRecordPart {

  private final JdbcClient jdbc;
  private final CaseKeys keys;

  TasksForSubject(JdbcClient jdbc, CaseKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public List<Map<String, Object>> of(UUID caseId) {
    return jdbc.sql(
            "select id, title, due_on, done_on from cases.task where case_id = ? order by due_on")
        .param(caseId)
        .query(
            (rs, n) -> {
              Map<String, Object> task = new LinkedHashMap<>();
              task.put(
                  "title",
                  keys.open(caseId, "task:" + rs.getObject("id", UUID.class), rs.getBytes("title"))
                      .orElse(null));
              task.put("dueOn", rs.getObject("due_on", LocalDate.class));
              task.put("doneOn", rs.getObject("done_on", LocalDate.class));
              return task;
            })
        .list();
  }
}
