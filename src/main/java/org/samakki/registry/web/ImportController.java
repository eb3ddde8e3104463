package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.importing.Column;
import org.samakki.registry.importing.ImportFileException;
import org.samakki.registry.importing.ImportHistory;
import org.samakki.registry.importing.ImportJobs;
import org.samakki.registry.importing.ImportRecord;
import org.samakki.registry.importing.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports from the pages: upload, a progress bar that follows the committed batches, and the
 * report of rejected rows with their reasons in the reader's language.
 */
@Controller
class ImportController {

  static final String RESOURCE = "registry-import";

  private final ImportJobs jobs;
  private final ImportHistory history;
  private final AccessControl access;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final DataSize maxSize;

  ImportController(
      ImportJobs jobs,
      ImportHistory history,
      AccessControl access,
      AuditTrail audit,
      MessageSource messages,
      @Value("${samakki.registry.import-max-size}") DataSize maxSize) {
    this.maxSize = maxSize;
    this.jobs = jobs;
    this.history = history;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/registry/imports")
  String list(Model model) {
    model.addAttribute("imports", history.ofAgency(access.actor().agencyId(), 50));
    model.addAttribute("columns", Column.values());
    model.addAttribute("maxBytes", maxSize.toBytes());
    model.addAttribute("maxSize", readable(maxSize));
    return "registry/imports";
  }

  @PostMapping("/registry/imports")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", "import.file.empty");
      return list(model);
    }
    Actor actor = access.actor();
    try (InputStream in = file.getInputStream()) {
      UUID id =
          jobs.submit(
              in,
              file.getOriginalFilename(),
              new AuditActor(
                  actor.id(), actor.name(), List.copyOf(actor.roles()), actor.agencyId()));
      return "redirect:/registry/imports/" + id;
    } catch (ImportFileException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.messageKey());
      return list(model);
    }
  }

  @GetMapping("/registry/imports/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("run", visible(id));
    return "registry/import";
  }

  /** The progress part of the import page, polled while the import runs. */
  @GetMapping("/registry/imports/{id}/progress")
  String progress(@PathVariable UUID id, Model model) {
    model.addAttribute("run", visible(id));
    return "registry/import :: progress";
  }

  /** The rejected rows, one line per problem, in the reader's language; an audited export. */
  @GetMapping("/registry/imports/{id}/rejections.csv")
  void rejections(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    ImportRecord run = visible(id);
    audit.record(
        AuditRecord.read("EXPORT", RESOURCE, List.of(id.toString()), List.of("rejections")));
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"rejected-rows-" + id + ".csv\"");
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    // a byte order mark: spreadsheet programs then read Thai, Burmese and Khmer correctly
    writer.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      csv.printRecord(
          text("import.report.row", locale),
          text("import.report.column", locale),
          text("import.report.value", locale),
          text("import.report.problem", locale));
      history.rejections(
          run.id(),
          rejection -> {
            for (Problem problem : rejection.problems()) {
              print(csv, rejection.rowNumber(), problem, locale);
            }
          });
    }
  }

  private void print(CSVPrinter csv, int row, Problem problem, Locale locale) {
    try {
      csv.printRecord(
          row,
          problem.column(),
          problem.value(),
          messages.getMessage(
              "import.problem." + problem.code(),
              new Object[] {problem.column(), problem.value()},
              problem.code(),
              locale));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String readable(DataSize size) {
    return size.toGigabytes() >= 1 && size.toMegabytes() % 1024 == 0
        ? size.toGigabytes() + " GB"
        : size.toMegabytes() + " MB";
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private ImportRecord visible(UUID id) {
    ImportRecord run =
        history.find(id).orElseThrow(() -> new RecordNotFoundException(RESOURCE, id.toString()));
    access.requireRecord(
        "read", RecordFacts.ofAgency(RESOURCE, id.toString(), run.ownerAgency(), null));
    return run;
  }
}
