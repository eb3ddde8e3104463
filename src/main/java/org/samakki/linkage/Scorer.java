package org.samakki.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of records with a model: the prior plus the match weight of each field's level,
 * with the term-frequency adjustment on exact name matches. One per thread, like its comparisons.
 */
final class Scorer {

  private final LinkageModel model;
  private final TermFrequencies frequencies;
  final Comparisons comparisons;
  private final double[][] weights;
  private double priorWeight;
  private int vector;

  Scorer(LinkageModel model, TermFrequencies frequencies) {
    this.model = model;
    this.frequencies = frequencies;
    this.comparisons = new Comparisons(model.closeThreshold(), model.similarThreshold());
    this.priorWeight = model.priorWeight();
    this.weights = new double[Field.values().length][];
    for (Field field : Field.values()) {
      weights[field.ordinal()] = new double[field.levels().size()];
      for (int level = 1; level < field.levels().size(); level++) {
        weights[field.ordinal()][level] = model.weight(field, level);
      }
    }
  }

  /** The total match weight of a pair (prior included). */
  double score(RecordTable a, int i, RecordTable b, int j) {
    vector = comparisons.compare(a, i, b, j);
    double total = priorWeight;
    for (Field field : Field.values()) {
      total += weights[field.ordinal()][Comparisons.level(vector, field)];
    }
    if (Comparisons.level(vector, Field.NAME) == Comparisons.NAME_EXACT && useFrequencies()) {
      total += nameWeight(a, b) - weights[Field.NAME.ordinal()][Comparisons.NAME_EXACT];
    }
    return total;
  }

  private boolean useFrequencies() {
    return model.termFrequencies() && frequencies != null;
  }

  private double nameWeight(RecordTable a, RecordTable b) {
    double frequency =
        Math.max(
            frequencies.frequency(a.nameHash(comparisons.bestNameA)),
            frequencies.frequency(b.nameHash(comparisons.bestNameB)));
    return model.exactNameWeight(frequency);
  }

  /**
   * Uses another prior: the chance that a record matches one given record falls as the population
   * grows, so an index larger than the training data scales λ down.
   */
  void usePriorWeight(double weight) {
    this.priorWeight = weight;
  }

  /** The comparison vector of the last pair scored. */
  int vector() {
    return vector;
  }

  /** Why the last pair scored what it did, field by field. */
  Explanation explain(RecordTable a, int i, RecordTable b, int j) {
    double total = score(a, i, b, j);
    List<FieldWeight> fields = new ArrayList<>();
    for (Field field : Field.values()) {
      int level = Comparisons.level(vector, field);
      double weight = weights[field.ordinal()][level];
      if (field == Field.NAME && level == Comparisons.NAME_EXACT && useFrequencies()) {
        weight = nameWeight(a, b);
      }
      fields.add(
          new FieldWeight(
              field.key(),
              field.levels().get(level),
              weight,
              value(field, a, i, true),
              value(field, b, j, false)));
    }
    return new Explanation(priorWeight, fields, total, LinkageModel.probability(total));
  }

  private String value(Field field, RecordTable table, int row, boolean left) {
    return switch (field) {
      case NAME -> {
        int name = left ? comparisons.bestNameA : comparisons.bestNameB;
        yield name >= 0
            ? table.nameText(name)
            : table.nameCount(row) > 0 ? table.nameText(table.nameFrom(row)) : null;
      }
      case BIRTH_DATE -> {
        int birth = table.birth(row);
        yield birth == 0
            ? null
            : new PartialDate(birth / 10000, birth / 100 % 100, birth % 100).toString();
      }
      case SEX ->
          table.sex(row) == Sex.UNKNOWN.ordinal() ? null : Sex.values()[table.sex(row)].name();
      case NATIONALITY ->
          table.nationality(row) == 0 ? null : Nationalities.name(table.nationality(row));
      case DOCUMENT -> {
        int doc = left ? comparisons.bestDocA : comparisons.bestDocB;
        if (doc < 0 && table.docCount(row) > 0) {
          doc = table.docFrom(row);
        }
        yield doc < 0 ? null : table.documentText(doc);
      }
      case PHONE -> table.phone(row) == 0 ? null : String.valueOf(table.phone(row)).substring(1);
      case PROVINCE -> table.province(row) == 0 ? null : provinceText(table.province(row));
    };
  }

  private static String provinceText(int code) {
    return code < 0x40000000 ? String.format("%02d", code - 1) : "#" + Integer.toHexString(code);
  }
}
