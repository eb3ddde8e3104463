package org.samakki.linkage;

/**
 * Compares two records field by field and gives the comparison vector: the level of each field in
 * three bits. One instance per thread (it keeps scratch buffers), and it also remembers which names
 * and documents gave the best level, for term frequencies and explanations.
 */
final class Comparisons {

  static final int BITS = 3;

  static final int NAME_EXACT = 1;
  static final int NAME_REORDERED = 2;
  static final int NAME_CLOSE = 3;
  static final int NAME_SUBSET = 4;
  static final int NAME_SIMILAR = 5;
  static final int NAME_DIFFERENT = 6;

  static final int BIRTH_EXACT = 1;
  static final int BIRTH_SWAPPED = 2;
  static final int BIRTH_SAME_MONTH = 3;
  static final int BIRTH_SAME_YEAR = 4;
  static final int BIRTH_OTHER_DAY = 5;
  static final int BIRTH_NEAR_YEAR = 6;
  static final int BIRTH_DIFFERENT = 7;

  static final int SAME = 1;
  static final int DIFFERENT = 2;

  static final int DOC_SAME = 1;
  static final int DOC_ONE_EDIT = 2;
  static final int DOC_DIFFERENT = 3;

  private static final int MAX_TOKENS = 16;

  private final double close;
  private final double similar;
  private final StringBuilder concatA = new StringBuilder(64);
  private final StringBuilder concatB = new StringBuilder(64);
  private final char[] docA = new char[24];
  private final char[] docB = new char[24];

  /** The names (indexes into each table) and documents that gave the best level, or -1. */
  int bestNameA;

  int bestNameB;
  int bestDocA;
  int bestDocB;

  Comparisons(double close, double similar) {
    this.close = close;
    this.similar = similar;
  }

  static int level(int vector, Field field) {
    return (vector >>> (field.ordinal() * BITS)) & 7;
  }

  static int with(int vector, Field field, int level) {
    return vector | (level << (field.ordinal() * BITS));
  }

  int compare(RecordTable a, int i, RecordTable b, int j) {
    int vector = 0;
    vector = with(vector, Field.NAME, names(a, i, b, j));
    vector = with(vector, Field.BIRTH_DATE, birth(a.birth(i), b.birth(j)));
    vector = with(vector, Field.SEX, sex(a.sex(i), b.sex(j)));
    vector = with(vector, Field.NATIONALITY, same(a.nationality(i), b.nationality(j)));
    vector = with(vector, Field.DOCUMENT, documents(a, i, b, j));
    vector = with(vector, Field.PHONE, same(a.phone(i), b.phone(j)));
    vector = with(vector, Field.PROVINCE, same(a.province(i), b.province(j)));
    return vector;
  }

  private static int sex(int a, int b) {
    int unknown = Sex.UNKNOWN.ordinal();
    if (a == unknown || b == unknown) {
      return 0;
    }
    return a == b ? SAME : DIFFERENT;
  }

  private static int same(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a == b ? SAME : DIFFERENT;
  }

  static int birth(int a, int b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    int ya = a / 10000;
    int yb = b / 10000;
    int ma = a / 100 % 100;
    int mb = b / 100 % 100;
    int da = a % 100;
    int db = b % 100;
    if (a == b && da > 0) {
      return BIRTH_EXACT;
    }
    if (ya == yb && da > 0 && db > 0 && ma == db && da == mb) {
      return BIRTH_SWAPPED;
    }
    if (ya == yb && ma > 0 && ma == mb && (da == 0 || db == 0)) {
      return BIRTH_SAME_MONTH;
    }
    if (ya == yb) {
      return ma == 0 || mb == 0 ? BIRTH_SAME_YEAR : BIRTH_OTHER_DAY;
    }
    // an approximate year: the same day of the year (or unknown) a year or two apart
    boolean sameDayOfYear = (ma == 0 || mb == 0 || ma == mb) && (da == 0 || db == 0 || da == db);
    return Math.abs(ya - yb) <= 2 && sameDayOfYear ? BIRTH_NEAR_YEAR : BIRTH_DIFFERENT;
  }

  private int names(RecordTable a, int i, RecordTable b, int j) {
    bestNameA = -1;
    bestNameB = -1;
    int best = 0;
    for (int na = a.nameFrom(i); na < a.nameFrom(i) + a.nameCount(i); na++) {
      for (int nb = b.nameFrom(j); nb < b.nameFrom(j) + b.nameCount(j); nb++) {
        int level = name(a, na, b, nb);
        if (best == 0 || level < best) {
          best = level;
          bestNameA = na;
          bestNameB = nb;
          if (level == NAME_EXACT) {
            return best;
          }
        }
      }
    }
    return best;
  }

  /**
   * The level of one name against another: tokens in any order, spelling slips allowed. Written
   * without spaces ("Somchai", "Som Chai") counts as exact.
   */
  int name(RecordTable a, int na, RecordTable b, int nb) {
    int countA = Math.min(MAX_TOKENS, a.tokenCount(na));
    int countB = Math.min(MAX_TOKENS, b.tokenCount(nb));
    if (a.nameHash(na) == b.nameHash(nb) && countA == countB) {
      return sameOrder(a, na, b, nb, countA) ? NAME_EXACT : NAME_REORDERED;
    }
    boolean oneWordAgainstMany = Math.min(countA, countB) == 1 && Math.max(countA, countB) > 1;
    // the letters run together are only needed when they could be equal or are compared whole
    if (oneWordAgainstMany || firstLetter(a, na) == firstLetter(b, nb)) {
      concat(a, na, countA, concatA);
      concat(b, nb, countB, concatB);
      if (sameText(concatA, concatB)) {
        return NAME_EXACT;
      }
    }
    boolean aShorter = countA <= countB;
    RecordTable shortTable = aShorter ? a : b;
    RecordTable longTable = aShorter ? b : a;
    int shortName = aShorter ? na : nb;
    int longName = aShorter ? nb : na;
    int shortCount = aShorter ? countA : countB;
    int longCount = aShorter ? countB : countA;
    int used = 0;
    double sum = 0;
    double weakest = 1;
    for (int s = 0; s < shortCount; s++) {
      int tokenS = shortTable.token(shortTable.tokenFrom(shortName) + s);
      String textS = shortTable.tokens.token(tokenS);
      double best = 0;
      int bestIndex = -1;
      for (int l = 0; l < longCount; l++) {
        if ((used & (1 << l)) != 0) {
          continue;
        }
        int tokenL = longTable.token(longTable.tokenFrom(longName) + l);
        double similarity =
            tokenL == tokenS ? 1.0 : JaroWinkler.similarity(textS, longTable.tokens.token(tokenL));
        if (similarity > best) {
          best = similarity;
          bestIndex = l;
        }
      }
      if (bestIndex >= 0) {
        used |= 1 << bestIndex;
      }
      sum += best;
      weakest = Math.min(weakest, best);
    }
    double similarity = sum / Math.max(longCount, 1);
    if (oneWordAgainstMany) {
      // one side written as one word: compare it with the other side's parts run together
      similarity = Math.max(similarity, JaroWinkler.similarity(concatA, concatB));
    }
    if (similarity >= close && (weakest >= similar || shortCount < longCount)) {
      return NAME_CLOSE;
    }
    if (shortCount < longCount && shortCount > 0 && weakest >= close) {
      return NAME_SUBSET;
    }
    return similarity >= similar ? NAME_SIMILAR : NAME_DIFFERENT;
  }

  private static char firstLetter(RecordTable table, int name) {
    return table.tokens.token(table.token(table.tokenFrom(name))).charAt(0);
  }

  private static boolean sameOrder(RecordTable a, int na, RecordTable b, int nb, int count) {
    for (int t = 0; t < count; t++) {
      if (a.tokens != b.tokens
          ? !a.tokens
              .token(a.token(a.tokenFrom(na) + t))
              .equals(b.tokens.token(b.token(b.tokenFrom(nb) + t)))
          : a.token(a.tokenFrom(na) + t) != b.token(b.tokenFrom(nb) + t)) {
        return false;
      }
    }
    return true;
  }

  /** Equal text once doubled letters are read as one ("Phomma Vong" and "Phommavong"). */
  private static boolean sameText(StringBuilder x, StringBuilder y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      if (x.charAt(i) != y.charAt(j)) {
        return false;
      }
      char c = x.charAt(i);
      while (i < x.length() && x.charAt(i) == c) {
        i++;
      }
      while (j < y.length() && y.charAt(j) == c) {
        j++;
      }
    }
    return i == x.length() && j == y.length();
  }

  private static void concat(RecordTable table, int name, int count, StringBuilder into) {
    into.setLength(0);
    for (int t = 0; t < count; t++) {
      into.append(table.tokens.token(table.token(table.tokenFrom(name) + t)));
    }
  }

  private int documents(RecordTable a, int i, RecordTable b, int j) {
    bestDocA = -1;
    bestDocB = -1;
    int best = 0;
    for (int da = a.docFrom(i); da < a.docFrom(i) + a.docCount(i); da++) {
      for (int db = b.docFrom(j); db < b.docFrom(j) + b.docCount(j); db++) {
        if (a.docFamily(da) != b.docFamily(db)) {
          continue;
        }
        int level;
        if (a.docHigh(da) == b.docHigh(db) && a.docLow(da) == b.docLow(db)) {
          level = DOC_SAME;
        } else {
          level = oneEditApart(a, da, b, db) ? DOC_ONE_EDIT : DOC_DIFFERENT;
        }
        if (best == 0 || level < best) {
          best = level;
          bestDocA = da;
          bestDocB = db;
        }
      }
    }
    return best;
  }

  /** One substitution, insertion, deletion or swap of neighbours: a typing slip. */
  private boolean oneEditApart(RecordTable a, int da, RecordTable b, int db) {
    int la = DocumentCodes.unpack(a.docHigh(da), a.docLow(da), docA);
    int lb = DocumentCodes.unpack(b.docHigh(db), b.docLow(db), docB);
    return oneEditApart(docA, la, docB, lb);
  }

  static boolean oneEditApart(char[] x, int lx, char[] y, int ly) {
    if (Math.abs(lx - ly) > 1) {
      return false;
    }
    int start = 0;
    while (start < lx && start < ly && x[start] == y[start]) {
      start++;
    }
    int endX = lx;
    int endY = ly;
    while (endX > start && endY > start && x[endX - 1] == y[endY - 1]) {
      endX--;
      endY--;
    }
    int restX = endX - start;
    int restY = endY - start;
    if (restX <= 1 && restY <= 1) {
      return true;
    }
    return restX == 2 && restY == 2 && x[start] == y[start + 1] && x[start + 1] == y[start];
  }
}
