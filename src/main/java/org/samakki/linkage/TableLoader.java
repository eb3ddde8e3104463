package org.samakki.linkage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams records into a table: names are normalised in parallel a chunk at a time, then rows are
 * appended in order, so that input of any size is read once and never held as objects.
 */
final class TableLoader {

  private static final int CHUNK = 20_000;

  private final NameNormaliser normaliser;
  private final Consumer<String> progress;

  TableLoader(NameNormaliser normaliser, Consumer<String> progress) {
    this.normaliser = normaliser;
    this.progress = progress;
  }

  RecordTable load(Iterator<PersonRecord> records, int expected) {
    RecordTable table = new RecordTable(new TokenDictionary(), expected);
    append(table, records);
    return table;
  }

  void append(RecordTable table, Iterator<PersonRecord> records) {
    List<PersonRecord> chunk = new ArrayList<>(CHUNK);
    long next = 1_000_000;
    while (records.hasNext()) {
      chunk.add(records.next());
      if (chunk.size() == CHUNK || !records.hasNext()) {
        List<List<NormalisedName>> names =
            chunk.parallelStream().map(normaliser::normalise).toList();
        for (int i = 0; i < chunk.size(); i++) {
          table.add(chunk.get(i), names.get(i));
        }
        chunk.clear();
        if (table.size() >= next) {
          progress.accept(String.format("normalised %,d records", table.size()));
          next += 1_000_000;
        }
      }
    }
  }
}
