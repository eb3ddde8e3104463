package org.samakki.cases.crossborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.CommandArguments;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.attachments.Attachments;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Counterparts;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-border package for return and reintegration: it opens with the counterpart’s private
 * key (and no other), holds only the shared sections and the chosen attachments, is refused once
 * consent no longer covers the referral, and is audited.
 */
@SpringBootTest
class CrossBorderPackageTests {

  static KeyPair counterpartKeys;
  static KeyPair strangerKeys;

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired CaseReferrals caseReferrals;
  @Autowired Referrals referrals;
  @Autowired Counterparts counterparts;
  @Autowired Consents consents;
  @Autowired Attachments attachments;
  @Autowired CrossBorderPackages packages;
  @Autowired OpenPackageCommand openPackage;
  @TempDir Path folder;
  TestAccounts accounts;
  TestUser caseworker;
  TestUser counterpartWorker;
  UUID counterpart;
  long person;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(3072);
    counterpartKeys = rsa.generateKeyPair();
    strangerKeys = rsa.generateKeyPair();
  }

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    Agency outreach = accounts.agency(AgencyType.NGO);
    TestUser supervisor = accounts.user(outreach, "supervisor");
    caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    Agency dsw = accounts.agency(AgencyType.GOVERNMENT);
    counterpartWorker = accounts.user(dsw, "caseworker");
    TestSignIn.actAs(
        accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator"));
    counterpart =
        referrals.addProvider(
            dsw.id(),
            "Department of Social Welfare, Myawaddy",
            List.of(Service.RETURN_AND_REINTEGRATION),
            List.of(),
            List.of("my"),
            "+95 58 000 000");
    counterparts.setKey(counterpart, "mm", Counterparts.pem(counterpartKeys.getPublic()));
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    person = registry.personId(worker.get("document_number"));
    TestSignIn.actAs(caseworker);
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void theCounterpartOpensItWithItsKeyAndFindsOnlyWhatWasShared() throws Exception {
    UUID id = open("Sold to a karaoke bar in Mae Sot by a recruiter from her village");
    consents.give(id, consent(Purpose.REFERRAL, RecipientType.GOVERNMENT));
    byte[] letter = "School certificate of the daughter\n".getBytes(StandardCharsets.UTF_8);
    UUID chosen = attachments.add(id, "certificate.txt", letter);
    attachments.add(
        id, "police-statement.txt", "Not for the counterpart\n".getBytes(StandardCharsets.UTF_8));
    UUID referral = refer(id, Set.of("summary"));

    CrossBorderPackages.Sealed sealed = packages.build(referral, List.of(chosen));

    String asText = new String(sealed.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("School certificate", "karaoke", "certificate.txt");
    Map<String, byte[]> entries = PackageFormat.open(sealed.bytes(), counterpartKeys.getPrivate());
    assertThat(entries.keySet()).containsExactly("case.json", "attachments/01-certificate.txt");
    assertThat(entries.get("attachments/01-certificate.txt")).isEqualTo(letter);
    JsonNode json = JsonMapper.builder().build().readTree(entries.get("case.json"));
    assertThat(json.get("format").asString()).isEqualTo("samakki-cross-border-package/1");
    assertThat(json.get("country").asString()).isEqualTo("MM");
    assertThat(json.get("sections").propertyNames()).containsExactly("summary");
    assertThat(json.get("sections").get("summary").get("caseType").asString())
        .isEqualTo("TRAFFICKING");
    String document = new String(entries.get("case.json"), StandardCharsets.UTF_8);
    assertThat(document)
        .doesNotContain("karaoke", "narrative", "identification", "police-statement");
    assertThat(json.get("attachments")).hasSize(1);

    assertThatThrownBy(() -> PackageFormat.open(sealed.bytes(), strangerKeys.getPrivate()))
        .isInstanceOf(GeneralSecurityException.class);
    byte[] changed = sealed.bytes().clone();
    changed[changed.length - 40] ^= 1;
    assertThatThrownBy(() -> PackageFormat.open(changed, counterpartKeys.getPrivate()))
        .isInstanceOf(GeneralSecurityException.class);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'CROSS_BORDER_PACKAGE'"
                        + " and ? = any(record_ids) and ? = any(record_ids)")
                .params(referral.toString(), chosen.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void withoutConsentThereIsNoPackage() {
    UUID id = open("Worked without pay on a construction site");
    assertThatThrownBy(() -> refer(id, Set.of("summary")))
        .hasMessage("cases.referral.consentMissing");

    UUID consent = consents.give(id, consent(Purpose.REFERRAL, RecipientType.GOVERNMENT));
    UUID referral = refer(id, Set.of("summary", "narrative"));
    consents.withdraw(id, consent);

    assertThatThrownBy(() -> packages.build(referral, List.of()))
        .hasMessage("cases.package.consentMissing");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'CROSS_BORDER_PACKAGE'"
                        + " and ? = any(record_ids)")
                .param(referral.toString())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void onlyTheAgencyHoldingTheCaseMakesAPackage() {
    UUID id = open("Held in a flat in Bangkok");
    consents.give(id, consent(Purpose.REFERRAL, RecipientType.GOVERNMENT));
    UUID referral = refer(id, Set.of("summary"));

    TestSignIn.actAs(counterpartWorker);
    assertThatThrownBy(() -> packages.build(referral, List.of()))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aCounterpartKeyMustBeAnRsaKeyOfAtLeast3072Bits() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    String shortKey = Counterparts.pem(rsa.generateKeyPair().getPublic());
    assertThatThrownBy(() -> Counterparts.parse(shortKey))
        .hasMessage("referrals.counterpart.keyTooShort");
    assertThatThrownBy(
            () -> Counterparts.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
        .hasMessage("referrals.counterpart.keyInvalid");
    assertThat(Counterparts.parse(Counterparts.pem(counterpartKeys.getPublic())))
        .isEqualTo(counterpartKeys.getPublic());
  }

  @Test
  void theOpenPackageCommandWritesTheFilesForTheCounterpart() throws Exception {
    UUID id = open("Stranded after the factory closed");
    consents.give(id, consent(Purpose.REFERRAL, RecipientType.GOVERNMENT));
    UUID chosen =
        attachments.add(
            id, "ticket.txt", "Bus ticket to Myawaddy\n".getBytes(StandardCharsets.UTF_8));
    UUID referral = refer(id, Set.of("summary", "decision"));
    CrossBorderPackages.Sealed sealed = packages.build(referral, List.of(chosen));
    Path in = Files.write(folder.resolve(sealed.fileName()), sealed.bytes());
    Path key =
        Files.writeString(
            folder.resolve("counterpart.pem"),
            "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(counterpartKeys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    Path out = folder.resolve("opened");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int code =
        openPackage.run(
            new CommandArguments(
                List.of("--in", in.toString(), "--key", key.toString(), "--out", out.toString())),
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(out.resolve("attachments/01-ticket.txt")).hasContent("Bus ticket to Myawaddy");
    assertThat(Files.readString(out.resolve("case.json"))).contains("\"decision\"", "\"summary\"");
  }

  private UUID open(String narrative) {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            CaseType.TRAFFICKING,
            false,
            narrative,
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }

  private UUID refer(UUID caseId, Set<String> sections) {
    return caseReferrals.refer(
        caseId,
        new CaseReferrals.Request(
            counterpart, Service.RETURN_AND_REINTEGRATION, sections, false, null));
  }

  private static Consents.Given consent(Purpose purpose, RecipientType recipient) {
    return new Consents.Given(
        purpose, recipient, Giver.PERSON, null, "my", "privacy-notice-my-2026-1");
  }
}
