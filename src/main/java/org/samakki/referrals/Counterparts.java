package org.samakki.referrals;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.AgencyDirectory;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counterparts in countries of origin for return and reintegration: a provider of the directory
 * with the country it works in and its RSA public key (3072 bits or more, PEM), to which
 * cross-border packages are encrypted. Only the public key is ever kept here.
 */
@org.springframework.stereotype.Service
public class Counterparts {

  /** The smallest RSA key accepted (NIST: 128-bit security). */
  public static final int MIN_RSA_BITS = 3072;

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AgencyDirectory agencies;
  private final AuditTrail audit;
  private final Clock clock;

  Counterparts(
      JdbcClient jdbc,
      AccessControl access,
      AgencyDirectory agencies,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
  }

  /** A counterpart as a package is encrypted for it. */
  public record Counterpart(
      UUID providerId, String name, AgencyType agencyType, String country, PublicKey publicKey) {}

  /** Makes a provider a counterpart abroad: its country (ISO 3166 alpha-2) and public key. */
  @Transactional
  public void setKey(UUID providerId, String country, String pem) {
    access.require(Referrals.PROVIDER, "update");
    if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException("referrals.counterpart.country");
    }
    parse(pem);
    int changed =
        jdbc.sql(
                "update referrals.provider set counterpart_country = ?,"
                    + " counterpart_public_key = ?, counterpart_key_set_at = ? where id = ?")
            .params(
                country.strip().toUpperCase(java.util.Locale.ROOT),
                pem.strip(),
                OffsetDateTime.now(clock),
                providerId)
            .update();
    if (changed == 0) {
      throw new RecordNotFoundException(Referrals.PROVIDER, providerId.toString());
    }
    audit.record(
        AuditRecord.change(
            "COUNTERPART_KEY",
            Referrals.PROVIDER,
            providerId.toString(),
            List.of("counterpartCountry", "counterpartPublicKey")));
  }

  /** The counterpart a referral was sent to, when its provider has a public key. */
  public Optional<Counterpart> ofReferral(UUID referralId) {
    return jdbc.sql(
            "select p.id, p.name, p.agency_id, p.counterpart_country, p.counterpart_public_key"
                + " from referrals.referral r join referrals.provider p on p.id = r.provider_id"
                + " where r.id = ? and p.counterpart_public_key is not null")
        .param(referralId)
        .query(
            (rs, n) -> {
              UUID agency = rs.getObject("agency_id", UUID.class);
              return new Counterpart(
                  rs.getObject("id", UUID.class),
                  rs.getString("name"),
                  agencies
                      .find(agency)
                      .map(AgencyDirectory.AgencyRef::type)
                      .orElseThrow(() -> new IllegalStateException("Unknown agency " + agency)),
                  rs.getString("counterpart_country"),
                  parse(rs.getString("counterpart_public_key")));
            })
        .optional();
  }

  /** Whether a referral went to a counterpart abroad. */
  public boolean crossBorder(UUID referralId) {
    return jdbc.sql(
            "select exists (select 1 from referrals.referral r join referrals.provider p"
                + " on p.id = r.provider_id where r.id = ? and p.counterpart_public_key is not null)")
        .param(referralId)
        .query(Boolean.class)
        .single();
  }

  /**
   * An RSA public key of at least 3072 bits from a PEM {@code PUBLIC KEY} (SubjectPublicKeyInfo).
   */
  public static PublicKey parse(String pem) {
    if (pem == null
        || !pem.contains("-----BEGIN PUBLIC KEY-----")
        || !pem.contains("-----END PUBLIC KEY-----")) {
      throw new IllegalArgumentException("referrals.counterpart.keyInvalid");
    }
    String body =
        pem.substring(
                pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26,
                pem.indexOf("-----END PUBLIC KEY-----"))
            .replaceAll("\\s", "");
    PublicKey key;
    try {
      key =
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("referrals.counterpart.keyInvalid");
    }
    if (!(key instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new IllegalArgumentException("referrals.counterpart.keyTooShort");
    }
    return key;
  }

  /** A public key as PEM, for the counterpart's own tools and the tests. */
  public static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }
}
