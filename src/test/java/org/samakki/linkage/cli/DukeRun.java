package org.samakki.linkage.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Database;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.InMemoryDatabase;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.PersonRecord;

/**
 * Duke 1.2 deduplicating the same CSV file: Lucene candidate search, Jaro-Winkler on the names
 * (transliterated to Latin by Samakki's normaliser first, since Duke cannot), Levenshtein on
 * document numbers, exact comparison of the other fields; matches joined into clusters.
 */
record DukeRun(double seconds, long comparisons, double[] scores) {

  static DukeRun of(Path input, PrintStream out) {
    return of(input, out, Double.parseDouble(System.getProperty("duke.threshold", "0.95")));
  }

  static DukeRun of(Path input, PrintStream out, double threshold) {
    long start = System.nanoTime();
    NameNormaliser normaliser = new NameNormaliser();
    List<Record> records = new ArrayList<>();
    Map<String, String> truth = new HashMap<>();
    try (CsvPersonReader reader = new CsvPersonReader(input, out)) {
      while (reader.hasNext()) {
        PersonRecord person = reader.next();
        truth.put(person.id(), reader.trueId());
        records.add(record(person, normaliser));
      }
    }
    ConfigurationImpl configuration = new ConfigurationImpl();
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl("ID"));
    properties.add(new PropertyImpl("NAME", new JaroWinklerTokenized(), 0.1, 0.93));
    properties.add(new PropertyImpl("BIRTH", new Levenshtein(), 0.4, 0.85));
    properties.add(new PropertyImpl("YEAR", new ExactComparator(), 0.2, 0.6));
    properties.add(new PropertyImpl("SEX", new ExactComparator(), 0.1, 0.55));
    properties.add(new PropertyImpl("NATIONALITY", new ExactComparator(), 0.2, 0.55));
    properties.add(new PropertyImpl("DOCUMENT", new Levenshtein(), 0.45, 0.97));
    properties.add(new PropertyImpl("PHONE", new ExactComparator(), 0.4, 0.9));
    properties.add(new PropertyImpl("PROVINCE", new ExactComparator(), 0.4, 0.6));
    configuration.setProperties(properties);
    configuration.setThreshold(threshold);
    Database database;
    if (Boolean.getBoolean("duke.memory")) {
      database = new InMemoryDatabase();
    } else {
      LuceneDatabase lucene = new LuceneDatabase();
      lucene.setMaxSearchHits(50);
      database = lucene;
    }
    configuration.setDatabase(database);
    database.setConfiguration(configuration);
    Processor processor = new Processor(configuration, database);
    processor.setThreads(Runtime.getRuntime().availableProcessors());
    Map<String, String> parent = new HashMap<>();
    processor.addMatchListener(
        new AbstractMatchListener() {
          @Override
          public synchronized void matches(Record a, Record b, double confidence) {
            union(parent, a.getValue("ID"), b.getValue("ID"));
          }
        });
    processor.deduplicate(records);
    long comparisons = processor.getComparisonCount();
    processor.close();
    double seconds = (System.nanoTime() - start) / 1e9;
    PairwiseEvaluation evaluation = new PairwiseEvaluation();
    Map<String, Long> clusterIds = new HashMap<>();
    for (Record record : records) {
      String id = record.getValue("ID");
      String root = find(parent, id);
      long cluster = clusterIds.computeIfAbsent(root, r -> (long) clusterIds.size() + 1);
      evaluation.add(cluster, truth.get(id));
    }
    return new DukeRun(seconds, comparisons, evaluation.scores());
  }

  private static Record record(PersonRecord person, NameNormaliser normaliser) {
    RecordImpl record = new RecordImpl();
    record.addValue("ID", person.id());
    String names =
        normaliser.normalise(person).stream()
            .map(n -> n.romanised())
            .collect(Collectors.joining(" "));
    if (!names.isBlank()) {
      record.addValue("NAME", names);
    }
    if (person.birthDate() != null) {
      record.addValue("BIRTH", person.birthDate().toString());
      record.addValue("YEAR", String.valueOf(person.birthDate().year()));
    }
    if (person.sex() != null && person.sex() != org.samakki.linkage.Sex.UNKNOWN) {
      record.addValue("SEX", person.sex().name());
    }
    if (person.nationality() != null) {
      record.addValue("NATIONALITY", person.nationality());
    }
    for (DocumentNumber document : person.documents()) {
      record.addValue("DOCUMENT", document.number());
    }
    if (person.phone() != null) {
      record.addValue("PHONE", person.phone());
    }
    if (person.provinceCode() != null) {
      record.addValue("PROVINCE", person.provinceCode());
    }
    return record;
  }

  private static String find(Map<String, String> parent, String id) {
    String current = id;
    while (parent.containsKey(current) && !parent.get(current).equals(current)) {
      current = parent.get(current);
    }
    return current;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(
          rootA.compareTo(rootB) < 0 ? rootB : rootA, rootA.compareTo(rootB) < 0 ? rootA : rootB);
    }
  }
}
