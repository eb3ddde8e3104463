package org.samakki.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The comparison keys of name tokens, each stored once and referred to by an int: millions of
 * records share a few hundred thousand distinct tokens ("con", "min", "sok"...). Each token also
 * keeps a string hash and a phonetic (Double Metaphone) hash used only for blocking.
 */
final class TokenDictionary {

  private final Map<String, Integer> ids = new HashMap<>();
  private volatile String[] tokens = new String[1024];
  private volatile long[] hashes = new long[1024];
  private volatile long[] phonetic = new long[1024];
  private int size;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();

  /** The id of a token, adding it if new. */
  synchronized int intern(String token) {
    Integer id = ids.get(token);
    if (id != null) {
      return id;
    }
    if (size == tokens.length) {
      int capacity = size * 2;
      hashes = Arrays.copyOf(hashes, capacity);
      phonetic = Arrays.copyOf(phonetic, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
    }
    String code = metaphone.doubleMetaphone(token);
    hashes[size] = Hashing.of(token);
    phonetic[size] = Hashing.of(code == null || code.isEmpty() ? token : code);
    tokens[size] = token;
    ids.put(token, size);
    return size++;
  }

  String token(int id) {
    return tokens[id];
  }

  long hash(int id) {
    return hashes[id];
  }

  long phoneticHash(int id) {
    return phonetic[id];
  }

  synchronized int size() {
    return size;
  }
}
