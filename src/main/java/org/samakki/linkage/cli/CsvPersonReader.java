package org.samakki.linkage.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.NameForm;
import org.samakki.linkage.NameKind;
import org.samakki.linkage.PartialDate;
import org.samakki.linkage.PersonRecord;
import org.samakki.linkage.Sex;

/**
 * Reads person records from a UTF-8 CSV file with a header, streaming. A row that cannot be a
 * record (no name, a bad date) is reported in one line and skipped; a file that cannot be read or
 * lacks the required columns is refused with a clear message.
 */
final class CsvPersonReader implements Iterator<PersonRecord>, Closeable {

  static final Set<String> NAME_COLUMNS = Set.of("given_name", "family_name", "full_name");
  private static final int REPORTED_ROWS = 20;

  private final Path input;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final PrintStream problems;
  private final Map<String, Integer> header;
  private PersonRecord next;
  private String nextTrueId;
  private String trueId;
  private long badRows;

  CsvPersonReader(Path input, PrintStream problems) {
    this.input = input;
    this.problems = problems;
    if (!Files.isReadable(input) || Files.isDirectory(input)) {
      throw new IllegalArgumentException("Cannot read input file " + input);
    }
    try {
      Reader reader = withoutByteOrderMark(Files.newBufferedReader(input, StandardCharsets.UTF_8));
      parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .get()
              .parse(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Cannot read " + input + " as CSV: " + e.getMessage());
    }
    header = parser.getHeaderMap();
    if (header == null || !header.containsKey("record_id")) {
      close();
      throw new IllegalArgumentException(input + " has no record_id column");
    }
    if (header.keySet().stream().noneMatch(NAME_COLUMNS::contains)) {
      close();
      throw new IllegalArgumentException(
          input + " needs a name column: given_name, family_name or full_name");
    }
    rows = parser.iterator();
  }

  /**
   * Spreadsheet programs start UTF-8 files with a byte order mark, which is not part of the header.
   */
  private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  boolean hasTrueIds() {
    return header.containsKey("true_id");
  }

  /** The true_id of the record last returned by {@link #next()}. */
  String trueId() {
    return trueId;
  }

  long badRows() {
    return badRows;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      CSVRecord row;
      try {
        if (!rows.hasNext()) {
          return false;
        }
        row = rows.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new IllegalArgumentException(input + " is not valid CSV: " + e.getMessage());
      }
      try {
        next = record(row);
        nextTrueId = value(row, "true_id");
      } catch (IllegalArgumentException e) {
        badRows++;
        if (badRows <= REPORTED_ROWS) {
          problems.println("skipped line " + row.getRecordNumber() + ": " + e.getMessage());
        } else if (badRows == REPORTED_ROWS + 1) {
          problems.println("(more bad rows are skipped without a message)");
        }
      }
    }
    return true;
  }

  @Override
  public PersonRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    PersonRecord record = next;
    trueId = nextTrueId;
    next = null;
    return record;
  }

  private PersonRecord record(CSVRecord row) {
    if (!row.isConsistent()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " fields, found " + row.size());
    }
    String id = value(row, "record_id");
    if (id == null) {
      throw new IllegalArgumentException("no record_id");
    }
    List<NameForm> names = new ArrayList<>();
    addName(names, value(row, "given_name"), NameKind.GIVEN);
    addName(names, value(row, "family_name"), NameKind.FAMILY);
    addName(names, value(row, "full_name"), NameKind.FULL);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("record " + id + " has no name");
    }
    String birth = value(row, "birth_date");
    PartialDate birthDate;
    try {
      birthDate = birth == null ? null : PartialDate.parse(birth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("record " + id + ": bad birth_date: " + e.getMessage());
    }
    String number = value(row, "document_number");
    List<DocumentNumber> documents = new ArrayList<>();
    if (number != null && number.chars().anyMatch(Character::isLetterOrDigit)) {
      documents.add(new DocumentNumber(DocumentType.parse(value(row, "document_type")), number));
    }
    try {
      return new PersonRecord(
          id,
          names,
          Sex.parse(value(row, "sex")),
          birthDate,
          value(row, "nationality"),
          documents,
          value(row, "phone"),
          value(row, "province_code"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("record " + id + ": " + e.getMessage());
    }
  }

  private static void addName(List<NameForm> names, String text, NameKind kind) {
    if (text != null) {
      names.add(new NameForm(text, kind));
    }
  }

  private String value(CSVRecord row, String column) {
    Integer index = header.get(column);
    if (index == null || index >= row.size()) {
      return null;
    }
    String value = row.get(index);
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
