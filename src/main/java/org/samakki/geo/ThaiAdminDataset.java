package org.samakki.geo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled copy of GeoThai's province, district and subdistrict files. A damaged or incomplete
 * copy stops the application at start rather than leaving forms with missing places.
 */
record ThaiAdminDataset(List<AdminArea> areas, String checksum) {

  static final String LOCATION = "geo/thai-admin/";
  static final int PROVINCES = 77;
  static final int DISTRICTS = 928;
  static final int SUBDISTRICTS = 7436;

  private record Province(int id, String en, String th) {}

  private record District(
      int id, @JsonProperty("province_id") int provinceId, String en, String th) {}

  private record Subdistrict(
      int id,
      @JsonProperty("district_id") int districtId,
      String en,
      String th,
      @JsonProperty("postal_code") Integer postalCode) {}

  static ThaiAdminDataset load() {
    JsonMapper json = JsonMapper.builder().build();
    MessageDigest digest = sha256();
    List<Province> provinces = read(json, "provinces.json", Province[].class, digest);
    List<District> districts = read(json, "districts.json", District[].class, digest);
    List<Subdistrict> subdistricts = read(json, "subdistricts.json", Subdistrict[].class, digest);
    if (provinces.size() != PROVINCES
        || districts.size() != DISTRICTS
        || subdistricts.size() != SUBDISTRICTS) {
      throw new IllegalStateException(
          "The bundled Thai administrative areas are incomplete: %d provinces, %d districts, %d subdistricts"
              .formatted(provinces.size(), districts.size(), subdistricts.size()));
    }
    List<AdminArea> areas = new ArrayList<>(PROVINCES + DISTRICTS + SUBDISTRICTS);
    provinces.forEach(p -> areas.add(new AdminArea(code(p.id(), 2), null, p.th(), p.en(), null)));
    districts.forEach(
        d ->
            areas.add(
                new AdminArea(code(d.id(), 4), code(d.provinceId(), 2), d.th(), d.en(), null)));
    subdistricts.forEach(
        s ->
            areas.add(
                new AdminArea(
                    code(s.id(), 6), code(s.districtId(), 4), s.th(), s.en(), s.postalCode())));
    return new ThaiAdminDataset(List.copyOf(areas), HexFormat.of().formatHex(digest.digest()));
  }

  private static String code(int id, int length) {
    String code = Integer.toString(id);
    if (code.length() != length) {
      throw new IllegalStateException("Area code " + id + " should have " + length + " digits");
    }
    return code;
  }

  private static <T> List<T> read(
      JsonMapper json, String file, Class<T[]> type, MessageDigest digest) {
    try (InputStream in =
        new DigestInputStream(new ClassPathResource(LOCATION + file).getInputStream(), digest)) {
      return List.of(json.readValue(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LOCATION + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
