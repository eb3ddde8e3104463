package org.samakki.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * Normalised records in columns of primitive arrays (a row per record, int ids for tokens, packed
 * dates and document numbers), so that millions of people fit in a few hundred megabytes and are
 * compared without touching an object per field.
 */
final class RecordTable {

  final TokenDictionary tokens;
  private int size;
  private String[] ids;
  private int[] nameFrom;
  private byte[] nameCount;
  private int[] birth;
  private byte[] sex;
  private byte[] nationality;
  private int[] province;
  private long[] phone;
  private int[] docFrom;
  private byte[] docCount;

  private int names;
  private int[] nameTokenFrom;
  private byte[] nameTokenCount;
  private long[] nameHash;
  private int nameTokenTotal;
  private int[] nameTokens;

  private int docs;
  private byte[] docFamily;
  private long[] docHigh;
  private long[] docLow;

  RecordTable(TokenDictionary tokens, int capacity) {
    this.tokens = tokens;
    int records = Math.max(16, capacity);
    ids = new String[records];
    nameFrom = new int[records];
    nameCount = new byte[records];
    birth = new int[records];
    sex = new byte[records];
    nationality = new byte[records];
    province = new int[records];
    phone = new long[records];
    docFrom = new int[records];
    docCount = new byte[records];
    int nameCapacity = records + records / 4;
    nameTokenFrom = new int[nameCapacity];
    nameTokenCount = new byte[nameCapacity];
    nameHash = new long[nameCapacity];
    nameTokens = new int[nameCapacity * 3];
    docFamily = new byte[records];
    docHigh = new long[records];
    docLow = new long[records];
  }

  int size() {
    return size;
  }

  /** Adds a record with its already normalised names and returns its row. */
  int add(PersonRecord record, List<NormalisedName> normalisedNames) {
    growRecords();
    int row = size++;
    ids[row] = record.id();
    nameFrom[row] = names;
    int count = 0;
    for (NormalisedName name : normalisedNames) {
      if (name.isEmpty() || count == Byte.MAX_VALUE || hasName(row, count, name)) {
        continue;
      }
      addName(name);
      count++;
    }
    nameCount[row] = (byte) count;
    birth[row] = record.birthDate() == null ? 0 : record.birthDate().packed();
    sex[row] = (byte) record.sex().ordinal();
    nationality[row] = Nationalities.code(record.nationality());
    province[row] = provinceCode(record.provinceCode());
    phone[row] =
        record.phone() == null
            ? 0
            : Long.parseLong("1" + record.phone()); // the leading 1 keeps leading zeros
    docFrom[row] = docs;
    int documents = 0;
    for (DocumentNumber document : record.documents()) {
      if (documents == Byte.MAX_VALUE) {
        break;
      }
      addDocument(document);
      documents++;
    }
    docCount[row] = (byte) documents;
    return row;
  }

  private boolean hasName(int row, int count, NormalisedName name) {
    long hash = sortedHash(name);
    for (int n = nameFrom[row]; n < nameFrom[row] + count; n++) {
      if (nameHash[n] == hash) {
        return true;
      }
    }
    return false;
  }

  private long sortedHash(NormalisedName name) {
    long sum = name.keys().size();
    for (String key : name.keys()) {
      sum += Hashing.mix(Hashing.of(key));
    }
    return Hashing.mix(sum);
  }

  private void addName(NormalisedName name) {
    if (names == nameHash.length) {
      int capacity = names + names / 2 + 16;
      nameTokenFrom = Arrays.copyOf(nameTokenFrom, capacity);
      nameTokenCount = Arrays.copyOf(nameTokenCount, capacity);
      nameHash = Arrays.copyOf(nameHash, capacity);
    }
    int tokenCount = Math.min(name.keys().size(), Byte.MAX_VALUE);
    if (nameTokenTotal + tokenCount > nameTokens.length) {
      nameTokens =
          Arrays.copyOf(nameTokens, nameTokens.length + nameTokens.length / 2 + tokenCount);
    }
    nameTokenFrom[names] = nameTokenTotal;
    nameTokenCount[names] = (byte) tokenCount;
    nameHash[names] = sortedHash(name);
    for (int t = 0; t < tokenCount; t++) {
      nameTokens[nameTokenTotal++] = tokens.intern(name.keys().get(t));
    }
    names++;
  }

  private void addDocument(DocumentNumber document) {
    if (docs == docHigh.length) {
      int capacity = docs + docs / 2 + 16;
      docFamily = Arrays.copyOf(docFamily, capacity);
      docHigh = Arrays.copyOf(docHigh, capacity);
      docLow = Arrays.copyOf(docLow, capacity);
    }
    docFamily[docs] = (byte) document.type().numberFamily();
    docHigh[docs] = DocumentCodes.pack(document.number(), 0);
    docLow[docs] = DocumentCodes.pack(document.number(), 1);
    docs++;
  }

  private void growRecords() {
    if (size < ids.length) {
      return;
    }
    int capacity = size + size / 2 + 16;
    ids = Arrays.copyOf(ids, capacity);
    nameFrom = Arrays.copyOf(nameFrom, capacity);
    nameCount = Arrays.copyOf(nameCount, capacity);
    birth = Arrays.copyOf(birth, capacity);
    sex = Arrays.copyOf(sex, capacity);
    nationality = Arrays.copyOf(nationality, capacity);
    province = Arrays.copyOf(province, capacity);
    phone = Arrays.copyOf(phone, capacity);
    docFrom = Arrays.copyOf(docFrom, capacity);
    docCount = Arrays.copyOf(docCount, capacity);
  }

  private static int provinceCode(String code) {
    if (code == null) {
      return 0;
    }
    if (code.length() <= 9 && code.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(code) + 1;
    }
    return (int) (Hashing.of(code) & 0x3FFFFFFF) | 0x40000000;
  }

  String id(int row) {
    return ids[row];
  }

  int nameFrom(int row) {
    return nameFrom[row];
  }

  int nameCount(int row) {
    return nameCount[row];
  }

  int tokenFrom(int name) {
    return nameTokenFrom[name];
  }

  int tokenCount(int name) {
    return nameTokenCount[name];
  }

  int token(int index) {
    return nameTokens[index];
  }

  /** An order-independent hash of a name's keys: equal for "Aung Kyaw" and "Kyaw Aung". */
  long nameHash(int name) {
    return nameHash[name];
  }

  int birth(int row) {
    return birth[row];
  }

  int sex(int row) {
    return sex[row];
  }

  int nationality(int row) {
    return nationality[row];
  }

  int province(int row) {
    return province[row];
  }

  /** The phone number's digits behind a leading 1 (so that 0812… keeps its 0), or 0 for none. */
  long phone(int row) {
    return phone[row];
  }

  int docFrom(int row) {
    return docFrom[row];
  }

  int docCount(int row) {
    return docCount[row];
  }

  int docFamily(int doc) {
    return docFamily[doc];
  }

  long docHigh(int doc) {
    return docHigh[doc];
  }

  long docLow(int doc) {
    return docLow[doc];
  }

  /** A name's keys joined with spaces, for explanations. */
  String nameText(int name) {
    StringBuilder text = new StringBuilder();
    for (int t = tokenFrom(name); t < tokenFrom(name) + tokenCount(name); t++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(tokens.token(nameTokens[t]));
    }
    return text.toString();
  }

  String documentText(int doc) {
    return DocumentCodes.unpack(docHigh[doc], docLow[doc]);
  }

  /** The bytes held per record, for memory reports. */
  long bytes() {
    return (long) ids.length * 60
        + (long) nameHash.length * 13
        + (long) nameTokens.length * 4
        + (long) docHigh.length * 17;
  }
}
