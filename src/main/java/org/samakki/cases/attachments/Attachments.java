package org.samakki.cases.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.ProtectionCases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Documents and photos of a case. The type comes from the content and must be on the allow-list;
 * the size is limited; a photo needs the person's photo consent and loses its metadata (GPS) before
 * it is kept. The content is sealed with the case key (the attachment's id as associated data) into
 * a file under the data directory, outside the web root; the database keeps the sealed file name,
 * the type, the size and the SHA-256 of the content. Every download is audited in the same
 * transaction (DP-07); once the case key is destroyed the content is unreadable (DP-11).
 */
@Service
public class Attachments {

  static final String RESOURCE = "case-attachment";

  private final JdbcClient jdbc;
  private final CaseKeys keys;
  private final ProtectionCases cases;
  private final Consents consents;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;
  private final Path store;
  private final long maxSize;

  Attachments(
      JdbcClient jdbc,
      CaseKeys keys,
      ProtectionCases cases,
      Consents consents,
      AccessControl access,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.data-dir}") Path dataDir,
      @Value("${samakki.cases.attachments.max-size:10MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.cases = cases;
    this.consents = consents;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.store = dataDir.toAbsolutePath().resolve("attachments");
    this.maxSize = maxSize.toBytes();
  }

  /** The largest attachment kept, in bytes. */
  public long maxSize() {
    return maxSize;
  }

  /** Keeps a document or photo at a case; returns its id. */
  @Transactional
  public UUID add(UUID caseId, String fileName, byte[] content) {
    access.require(RESOURCE, "create");
    cases.require(caseId, "update");
    if (content == null || content.length == 0) {
      throw new IllegalArgumentException("cases.attachment.empty");
    }
    if (content.length > maxSize) {
      throw new IllegalArgumentException("cases.attachment.tooLarge");
    }
    String type = ContentTypes.detect(content);
    boolean photo = ContentTypes.image(type);
    if (photo && !photoConsent(caseId)) {
      throw new IllegalArgumentException("cases.attachment.photoConsentMissing");
    }
    byte[] kept = photo ? Photos.strip(content, type) : content;
    String name = safeName(fileName, type);
    UUID id = UUID.randomUUID();
    write(caseId, id, keys.sealBytes(caseId, contentField(id), kept));
    jdbc.sql(
            "insert into cases.attachment (id, case_id, file_name, content_type, size_bytes, sha256,"
                + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            keys.seal(caseId, nameField(id), name),
            type,
            (long) kept.length,
            sha256(kept),
            access.actor().id(),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        AuditRecord.change(
            "ATTACH", RESOURCE, id.toString(), List.of("fileName", "contentType", "size")));
    return id;
  }

  /** The attachments of a case the reader may read, oldest first. */
  @Transactional
  public List<Attachment> of(UUID caseId) {
    access.require(RESOURCE, "list");
    cases.require(caseId, "read");
    List<Attachment> found = rows(caseId);
    audit.record(
        AuditRecord.read(
            "LIST",
            RESOURCE,
            found.stream().map(Attachment::id).toList(),
            List.copyOf(access.readableFields(RESOURCE))));
    return found;
  }

  /** An attachment with its content, as downloaded. */
  public record Download(Attachment attachment, byte[] content) {}

  /** The content of an attachment; missing (404) outside need-to-know or once shredded. */
  @Transactional
  public Download download(UUID caseId, UUID attachmentId) {
    access.require(RESOURCE, "read");
    cases.require(caseId, "read");
    Download download = content(caseId, attachmentId);
    audit.record(
        AuditRecord.read(
            "DOWNLOAD",
            RESOURCE,
            List.of(attachmentId.toString(), caseId.toString()),
            List.of("content")));
    return download;
  }

  /**
   * The content of attachments of a case for a package that the caller builds, checked and audited
   * there; the case's need-to-know must have been checked by the caller.
   */
  public List<Download> forPackage(UUID caseId, List<UUID> ids) {
    access.require(RESOURCE, "read");
    return ids.stream().distinct().map(id -> content(caseId, id)).toList();
  }

  /** Whether a photo consent of the person is in force, for any kind of recipient. */
  public boolean photoConsent(UUID caseId) {
    return Arrays.stream(RecipientType.values())
        .anyMatch(r -> consents.covers(caseId, Purpose.PHOTO, r));
  }

  /**
   * Removes the files of an anonymised case once the transaction commits (its key is already
   * destroyed, so they were unreadable anyway) and marks the rows deleted.
   */
  public void purge(UUID caseId) {
    jdbc.sql(
            "update cases.attachment set deleted_at = ?, file_name = ''::bytea"
                + " where case_id = ? and deleted_at is null")
        .params(OffsetDateTime.now(clock), caseId)
        .update();
    Path folder = folder(caseId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              delete(folder);
            }
          });
    } else {
      delete(folder);
    }
  }

  Download content(UUID caseId, UUID attachmentId) {
    Attachment attachment =
        jdbc.sql(
                "select * from cases.attachment where id = ? and case_id = ? and deleted_at is null")
            .params(attachmentId, caseId)
            .query(this::attachment)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException(RESOURCE, attachmentId.toString()));
    Path file = file(caseId, attachmentId);
    byte[] sealed;
    try {
      sealed = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RecordNotFoundException(RESOURCE, attachmentId.toString());
    }
    byte[] content =
        keys.openBytes(caseId, contentField(attachmentId), sealed)
            .orElseThrow(() -> new RecordNotFoundException(RESOURCE, attachmentId.toString()));
    if (!sha256(content).equals(attachment.sha256())) {
      throw new IllegalStateException("Attachment " + attachmentId + " does not match its hash");
    }
    return new Download(attachment, content);
  }

  List<Attachment> rows(UUID caseId) {
    return jdbc.sql(
            "select * from cases.attachment where case_id = ? and deleted_at is null"
                + " order by uploaded_at, id")
        .param(caseId)
        .query(this::attachment)
        .list();
  }

  private Attachment attachment(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    UUID caseId = rs.getObject("case_id", UUID.class);
    String type = rs.getString("content_type");
    return new Attachment(
        id.toString(),
        caseId.toString(),
        keys.open(caseId, nameField(id), rs.getBytes("file_name")).orElse(null),
        type,
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        ContentTypes.image(type),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
  }

  /** The base name without folders or control characters, with the extension of its real type. */
  static String safeName(String fileName, String type) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isBlank()) {
      base = "attachment";
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    return base + "." + ContentTypes.ALLOWED.get(type);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String contentField(UUID id) {
    return "attachment:" + id;
  }

  private static String nameField(UUID id) {
    return "attachment-name:" + id;
  }

  private Path folder(UUID caseId) {
    return store.resolve(caseId.toString());
  }

  private Path file(UUID caseId, UUID id) {
    return folder(caseId).resolve(id + ".sealed");
  }

  private void write(UUID caseId, UUID id, byte[] sealed) {
    Path file = file(caseId, id);
    try {
      Files.createDirectories(file.getParent());
      restrict(store, "rwx------");
      Path part = file.resolveSibling(id + ".part");
      Files.write(part, sealed);
      restrict(part, "rw-------");
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep an attachment in " + file.getParent(), e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // a rolled-back upload leaves no file behind
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                try {
                  Files.deleteIfExists(file);
                } catch (IOException ignored) {
                  // an orphan sealed file; unreadable without its row and removed with the case
                }
              }
            }
          });
    }
  }

  private static void delete(Path folder) {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (java.nio.file.NoSuchFileException gone) {
      // nothing was attached
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the attachments in " + folder, e);
    }
  }

  private static void restrict(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException notPosix) {
      // the data directory's own permissions protect it
    }
  }
}
