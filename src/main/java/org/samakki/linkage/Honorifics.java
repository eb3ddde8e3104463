package org.samakki.linkage;

import java.util.List;
import java.util.Set;

/**
 * Titles that officers write before a name but that are not part of it: Burmese U, Daw, Maung, Ma,
 * Ko; Shan Nang and Sao; Karen Saw and Naw; Mon Mi; Thai Nai, Nang, Nang Sao, Khun; Lao Thao; Khmer
 * Lok; English Mr, Mrs, Ms, Miss.
 */
final class Honorifics {

  /** Romanised titles, removed from the start of a name while another token remains. */
  static final Set<String> LATIN =
      Set.of(
          "u", "daw", "maung", "ma", "ko", "nang", "nan", "mr", "mrs", "ms", "miss", "mister",
          "nai", "sao", "thao", "khun", "mae", "saw", "naw", "mi", "lok", "dr", "mdm", "madam");

  /** Written abbreviations read as the full word first ("Mg Mg Aye" is "Maung Maung Aye"). */
  static String expand(String token) {
    return token.equals("mg") ? "maung" : token;
  }

  /** Native-script titles at the start of a name, longest first. */
  static final List<String> NATIVE_PREFIXES =
      List.of(
          "นางสาว",
          "เด็กชาย",
          "เด็กหญิง",
          "ด.ช.",
          "ด.ญ.",
          "น.ส.",
          "นาย",
          "นาง",
          "ดอว์",
          "หม่อง",
          "ທ້າວ",
          "ນາງສາວ",
          "ນາງ",
          "ທ່ານ",
          "លោកស្រី",
          "អ្នកស្រី",
          "លោក",
          "កញ្ញា",
          "ဦး",
          "ဒေါ်",
          "မောင်",
          "နန်း",
          "ကို");

  private Honorifics() {}

  /** The text without a native-script title at its start. */
  static String stripNativePrefix(String text) {
    for (String prefix : NATIVE_PREFIXES) {
      if (text.startsWith(prefix) && text.length() > prefix.length()) {
        return text.substring(prefix.length()).strip();
      }
    }
    return text;
  }
}
