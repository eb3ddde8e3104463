package org.samakki.linkage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a linkage model: format and version, when and on how many records it was
 * trained, λ and the prior weight, thresholds, term-frequency settings, and for each field its
 * levels with m, u and weight (the weight is for reviewers; it is recomputed on reading).
 */
final class ModelDocument {

  static final String FORMAT = "samakki-linkage-model";

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ModelDocument() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Document(
      String format,
      int version,
      String trainedAt,
      long trainingRecords,
      double lambda,
      double priorWeight,
      double matchThreshold,
      Map<String, Double> nameThresholds,
      TermFrequency termFrequency,
      List<FieldDocument> fields) {}

  record TermFrequency(String field, boolean enabled, double minimumFrequency) {}

  record FieldDocument(String name, List<LevelDocument> levels) {}

  record LevelDocument(String label, double m, double u, double weight) {}

  static String write(LinkageModel model) {
    List<FieldDocument> fields = new ArrayList<>();
    for (Field field : Field.values()) {
      List<LevelDocument> levels = new ArrayList<>();
      for (int level = 1; level < field.levels().size(); level++) {
        levels.add(
            new LevelDocument(
                field.levels().get(level),
                model.m(field, level),
                model.u(field, level),
                model.weight(field, level)));
      }
      fields.add(new FieldDocument(field.key(), levels));
    }
    Document document =
        new Document(
            FORMAT,
            LinkageModel.FORMAT_VERSION,
            model.trainedAt(),
            model.trainingRecords(),
            model.lambda(),
            model.priorWeight(),
            model.matchThreshold(),
            Map.of("close", model.closeThreshold(), "similar", model.similarThreshold()),
            new TermFrequency(Field.NAME.key(), model.termFrequencies(), model.minimumFrequency()),
            fields);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  static LinkageModel read(String json) {
    Document document;
    try {
      document = JSON.readValue(json, Document.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Not a linkage model document: " + e.getOriginalMessage());
    }
    if (document == null || !FORMAT.equals(document.format()) || document.fields() == null) {
      throw new IllegalArgumentException("Not a linkage model document");
    }
    if (document.version() != LinkageModel.FORMAT_VERSION) {
      throw new IllegalArgumentException("Unsupported model version " + document.version());
    }
    double[][] m = new double[Field.values().length][];
    double[][] u = new double[Field.values().length][];
    for (FieldDocument fieldDocument : document.fields()) {
      Field field = Field.byKey(fieldDocument.name());
      int levels = field.levels().size();
      if (fieldDocument.levels() == null || fieldDocument.levels().size() != levels - 1) {
        throw new IllegalArgumentException(field.key() + " needs " + (levels - 1) + " levels");
      }
      m[field.ordinal()] = new double[levels];
      u[field.ordinal()] = new double[levels];
      m[field.ordinal()][0] = 1;
      u[field.ordinal()][0] = 1;
      for (int level = 1; level < levels; level++) {
        LevelDocument levelDocument = fieldDocument.levels().get(level - 1);
        if (!field.levels().get(level).equals(levelDocument.label())) {
          throw new IllegalArgumentException(
              field.key() + " level " + level + " should be '" + field.levels().get(level) + "'");
        }
        m[field.ordinal()][level] = levelDocument.m();
        u[field.ordinal()][level] = levelDocument.u();
      }
    }
    for (Field field : Field.values()) {
      if (m[field.ordinal()] == null) {
        throw new IllegalArgumentException("The model has no field " + field.key());
      }
    }
    Map<String, Double> thresholds =
        document.nameThresholds() == null ? Map.of() : document.nameThresholds();
    TermFrequency tf = document.termFrequency();
    return new LinkageModel(
        m,
        u,
        document.lambda(),
        document.matchThreshold(),
        thresholds.getOrDefault("close", 0.92),
        thresholds.getOrDefault("similar", 0.85),
        tf == null || tf.enabled(),
        tf == null ? 1e-7 : tf.minimumFrequency(),
        document.trainingRecords(),
        document.trainedAt());
  }
}
