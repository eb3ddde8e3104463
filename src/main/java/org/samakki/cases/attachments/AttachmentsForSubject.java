package org.samakki.cases.attachments;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.RecordNotFoundException;
import org.samakki.cases.subjectaccess.SubjectRecordPart;
import org.springframework.stereotype.Component;

/** A case's documents and photos in a subject access export: each with its content, Base64. */
@Component
class AttachmentsForSubject implements SubjectRecordPart {

  private final Attachments attachments;

  AttachmentsForSubject(Attachments attachments) {
    this.attachments = attachments;
  }

  @Override
  public String name() {
    return "attachments";
  }

  @Override
  public List<Map<String, Object>> of(UUID caseId) {
    return attachments.rows(caseId).stream()
        .map(
            a -> {
              Map<String, Object> file = new LinkedHashMap<>();
              file.put("attachment", a);
              file.put("content", content(caseId, UUID.fromString(a.id())));
              return file;
            })
        .toList();
  }

  private String content(UUID caseId, UUID id) {
    try {
      return Base64.getEncoder().encodeToString(attachments.content(caseId, id).content());
    } catch (RecordNotFoundException shredded) {
      return null;
    }
  }
}
