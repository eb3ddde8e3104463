package org.samakki.geo;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A province, district or subdistrict of Thailand, identified by its DOPA code (Tak 63, Mae Sot
 * 6306, Mae Sot subdistrict 630601); its OCHA P-code is {@code TH} followed by that code.
 */
public record AdminArea(
    String code, String parentCode, String nameTh, String nameEn, Integer postalCode) {

  private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

  public AdminArea {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a DOPA area code: " + code);
    }
    AreaLevel level = AreaLevel.ofCode(code);
    if (level == AreaLevel.PROVINCE ? parentCode != null : !code.startsWith(parentCode)) {
      throw new IllegalArgumentException("Area " + code + " cannot be inside " + parentCode);
    }
    nameTh = Objects.requireNonNull(nameTh, "nameTh").strip();
    nameEn = Objects.requireNonNull(nameEn, "nameEn").strip();
  }

  public AreaLevel level() {
    return AreaLevel.ofCode(code);
  }

  /** OCHA's P-code, used in humanitarian data exchange (HXL). */
  public String pcode() {
    return "TH" + code;
  }

  public Optional<String> parent() {
    return Optional.ofNullable(parentCode);
  }

  /** The name to show to a reader of this language: Thai for Thai readers, English otherwise. */
  public String name(Locale locale) {
    return "th".equals(locale.getLanguage()) ? nameTh : nameEn;
  }

  /** Whether this area is the given area or lies inside it. */
  public boolean isWithin(String areaCode) {
    return code.startsWith(areaCode);
  }
}
