package org.samakki.registry.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.samakki.access.AgencyDirectory;
import org.samakki.audit.AuditActor;
import org.springframework.stereotype.Component;

/**
 * {@code registry import FILE --agency CODE}: imports a registration export from the command line.
 */
@Component
class ImportCommand implements Command {

  private final RegistryImport imports;
  private final AgencyDirectory agencies;

  ImportCommand(RegistryImport imports, AgencyDirectory agencies) {
    this.imports = imports;
    this.agencies = agencies;
  }

  @Override
  public String name() {
    return "registry import";
  }

  @Override
  public String summary() {
    return "import a registration CSV: registry import FILE --agency CODE";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    if (arguments.words().isEmpty() || arguments.words().get(0).startsWith("--")) {
      throw new IllegalArgumentException(
          "Give the file to import: registry import FILE --agency CODE");
    }
    Path file = Path.of(arguments.words().get(0));
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("Cannot read " + file);
    }
    String code = arguments.required("agency");
    UUID agency =
        agencies
            .findByCode(code)
            .orElseThrow(() -> new IllegalArgumentException("No agency with code " + code))
            .id();
    long started = System.nanoTime();
    try {
      UUID id = imports.prepare(file, file.getFileName().toString(), agency, null);
      ImportSummary summary =
          imports.run(id, file, new AuditActor(null, "import:" + code, List.of(), agency));
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf(
          "Imported %s: %d rows read, %d loaded, %d already loaded, %d rejected in %.1f s (%.0f rows/s).%n",
          file.getFileName(),
          summary.rowsRead(),
          summary.loaded(),
          summary.alreadyLoaded(),
          summary.rejected(),
          seconds,
          summary.rowsRead() / seconds);
      return summary.rejected() > 0 ? 3 : 0;
    } catch (ImportFileException e) {
      throw new IllegalArgumentException(
          "The file cannot be imported (" + e.messageKey() + "): " + e.detail());
    }
  }
}
