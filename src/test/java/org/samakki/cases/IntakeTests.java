package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.registry.PersonLookup;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.samakki.registry.duplicates.DuplicateFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake searches before it creates: the identity-resolution engine finds a known person by a name
 * in another script or a mistyped document and ranks them first; every search is audited for
 * protection; when nobody matches, a minimal person is registered for the caseworker's agency and
 * the case is opened on them; a near duplicate registered at intake is flagged, never merged; roles
 * that may not create persons are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeTests {

  private static final String[] SYLLABLES = {
    "lwin", "htet", "naing", "zaw", "myat", "thu", "win", "kyi", "aye", "soe", "hla", "min", "tun",
    "oo", "phyo", "san", "nwe", "khin", "yin", "mar"
  };

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PersonLookup lookup;
  @Autowired ProtectionCases cases;
  @TempDir Path folder;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  TestAccounts accounts;
  Agency ngo;
  TestUser caseworker;
  RegistryFixtures registry;
  DuplicateFixtures duplicates;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    ngo = accounts.agency(AgencyType.NGO);
    TestUser supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    registry = new RegistryFixtures(context);
    duplicates = new DuplicateFixtures(context);
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void aNameInAnotherScriptFindsThePersonRegisteredInLatinLettersFirst() {
    String born = randomBirthDate();
    Row worker =
        RegistryFixtures.worker()
            .with("given_name", "Aung Kyaw")
            .with("family_name", "Moe")
            .with("name_native", "")
            .with("birth_date", born)
            .with("document_number", randomPassport());
    long person = seeded(worker);
    TestSignIn.actAs(caseworker);

    List<PersonLookup.Candidate> found =
        lookup.search(
            new PersonLookup.Query("အောင်ကျော်မိုး", null, null, born, null, null), "protection");

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).personId()).isEqualTo(person);
    // a common name: the birth date is what sets this one apart from the other Aung Kyaw Moes
    if (found.size() > 1) {
      assertThat(found.get(0).probability()).isGreaterThan(found.get(1).probability());
    }
    assertThat(found.get(0).reasons())
        .extracting(r -> r.field() + ":" + r.level())
        .contains("name:exact", "birth_date:exact");
    // the reasons say how far the fields agreed, never what they hold
    assertThat(found.get(0).reasons().toString()).doesNotContain("Aung", "Moe", born);
  }

  @Test
  void aMistypedDocumentNumberRanksThePersonFirstAndTheSearchIsAuditedForProtection()
      throws Exception {
    String given = name();
    String family = name();
    String born = randomBirthDate();
    String passport = randomPassport();
    Row worker =
        RegistryFixtures.worker()
            .with("given_name", given)
            .with("family_name", family)
            .with("name_native", "")
            .with("birth_date", born)
            .with("document_number", passport);
    long person = seeded(worker);
    long before = maxAuditSeq();

    MvcResult page =
        mvc.perform(
                post("/cases/intake")
                    .with(csrf())
                    .param("name", given + " " + family)
                    .param("documentType", "PASSPORT")
                    .param("documentNumber", typo(passport))
                    .param("birth", born.substring(0, 4))
                    .with(authentication(as(caseworker))))
            .andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    String html = page.getResponse().getContentAsString();
    assertThat(html).contains("/cases/new?person=" + person + "&amp;language=my");
    assertThat(html.indexOf("/cases/new?person=" + person + "&"))
        .as("the person with the nearly equal document is ranked first")
        .isEqualTo(html.indexOf("/cases/new?person="));
    assertThat(html).contains("one character apart");
    List<String> searches =
        jdbc.sql(
                "select purpose || ':' || array_to_string(fields, ',') from audit.entry"
                    + " where seq > ? and action = 'SEARCH' and resource_type = 'person'"
                    + " and actor_id = ? and ? = any(record_ids)")
            .params(before, caseworker.id(), Long.toString(person))
            .query(String.class)
            .list();
    assertThat(searches).containsExactly("protection:name,document,birthDate");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where seq > ? and actor_id = ?"
                        + " and array_to_string(fields, ',') like ?")
                .params(before, caseworker.id(), "%" + passport.substring(2) + "%")
                .query(Long.class)
                .single())
        .as("no value searched for is written to the audit trail")
        .isZero();
  }

  @Test
  void whenNobodyMatchesAMinimalPersonIsRegisteredAndTheCaseOpenedOnThem() throws Exception {
    String given = name();
    String family = name();
    String passport = randomPassport();
    long before = maxAuditSeq();

    MvcResult search =
        mvc.perform(
                post("/cases/intake")
                    .with(csrf())
                    .param("name", given + " " + family)
                    .param("birth", "1994")
                    .with(authentication(as(caseworker))))
            .andReturn();
    assertThat(search.getResponse().getContentAsString()).contains("id=\"intake-new\"");

    MvcResult created =
        mvc.perform(
                post("/cases/intake/persons")
                    .param("givenName", given)
                    .param("familyName", family)
                    .param("nameNative", "")
                    .param("sex", "F")
                    .param("birth", "2537-03")
                    .param("nationality", "KHM")
                    .param("documentType", "PASSPORT")
                    .param("documentNumber", passport)
                    .with(authentication(as(caseworker)))
                    .with(csrf()))
            .andReturn();

    assertThat(created.getResponse().getStatus()).isEqualTo(302);
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/cases/new?person=").endsWith("&language=km");
    long person = Long.parseLong(location.replaceAll(".*person=(\\d+).*", "$1"));
    var row =
        jdbc.sql(
                "select given_name, family_name, sex, birth_year::int as birth_year,"
                    + " birth_month::int as birth_month, nationality,"
                    + " owner_agency_id, language from registry.person where id = ?")
            .param(person)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("given_name", given)
        .containsEntry("family_name", family)
        .containsEntry("sex", "F")
        .containsEntry("birth_year", 1994)
        .containsEntry("birth_month", 3)
        .containsEntry("nationality", "KHM")
        .containsEntry("owner_agency_id", ngo.id())
        .containsEntry("language", "km");
    assertThat(registry.personId(passport)).isEqualTo(person);
    assertThat(
            jdbc.sql(
                    "select purpose || ':' || resource_type from audit.entry where seq > ?"
                        + " and action = 'CREATE' and actor_id = ? order by seq")
                .params(before, caseworker.id())
                .query(String.class)
                .list())
        .containsExactly("protection:person", "protection:document");

    // the new person has a registry page like anyone else, without registrations
    MvcResult file =
        mvc.perform(get("/registry/persons/" + person).with(authentication(as(caseworker))))
            .andReturn();
    assertThat(file.getResponse().getStatus()).isEqualTo(200);
    assertThat(file.getResponse().getContentAsString()).contains(given);
    MvcResult form = mvc.perform(get(location).with(authentication(as(caseworker)))).andReturn();
    assertThat(form.getResponse().getContentAsString())
        .contains("value=\"km\" selected=\"selected\"");
    MvcResult opened =
        mvc.perform(
                post("/cases")
                    .param("person", Long.toString(person))
                    .param("type", "VULNERABLE_MIGRANT")
                    .param("narrative", "Stranded at the border")
                    .param("noticeVersion", "privacy-notice-2026-1")
                    .param("noticeLanguage", "km")
                    .param("legalBasis", "VITAL_INTEREST")
                    .with(authentication(as(caseworker)))
                    .with(csrf()))
            .andReturn();
    assertThat(opened.getResponse().getRedirectedUrl()).startsWith("/cases/");
    UUID id = UUID.fromString(opened.getResponse().getRedirectedUrl().substring(7));
    TestSignIn.actAs(caseworker);
    assertThat(cases.read(id))
        .containsEntry("stage", "SCREENING")
        .containsEntry("personId", Long.toString(person));
    assertThat(
            jdbc.sql("select notice_language from cases.protection_case where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("km");

    // the same document cannot be registered twice
    assertThatThrownBy(
            () ->
                lookup.create(
                    new PersonLookup.NewPerson(
                        name(), null, null, null, null, null, "passport", passport),
                    "protection"))
        .hasMessage("cases.intake.document.taken");
  }

  @Test
  void aNearDuplicateRegisteredAtIntakeIsFlaggedForReviewAndBothPersonsRemain() {
    String given = name();
    String family = name();
    String born = randomBirthDate();
    String passport = randomPassport();
    long known =
        seeded(
            RegistryFixtures.worker()
                .with("given_name", given)
                .with("family_name", family)
                .with("name_native", "")
                .with("sex", "F")
                .with("birth_date", born)
                .with("document_number", passport));
    TestSignIn.actAs(caseworker);

    // another spelling and a mistyped number: intake registers them again
    long again =
        lookup.create(
            new PersonLookup.NewPerson(
                given, family + "h", null, "F", born, "MMR", "passport", typo(passport)),
            "protection");
    duplicates.checked(known, again);

    assertThat(
            jdbc.sql(
                    "select state from registry.duplicate_flag where person_a = ? and person_b = ?")
                .params(Math.min(known, again), Math.max(known, again))
                .query(String.class)
                .list())
        .containsExactly("OPEN");
    assertThat(
            jdbc.sql(
                    "select count(*) from registry.person where id in (?, ?)"
                        + " and merged_into is null")
                .params(known, again)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void rolesThatMayNotCreatePersonsAreRefused() throws Exception {
    for (String role : List.of("supervisor", "mdt-member", "labour-inspector")) {
      TestUser user = accounts.user(ngo, role);
      String given = name();
      MvcResult refused =
          mvc.perform(
                  post("/cases/intake/persons")
                      .param("givenName", given)
                      .param("familyName", name())
                      .with(authentication(as(user)))
                      .with(csrf()))
              .andReturn();
      assertThat(refused.getResponse().getStatus()).as(role).isEqualTo(403);
      TestSignIn.actAs(user);
      assertThatThrownBy(
              () ->
                  lookup.create(
                      new PersonLookup.NewPerson(given, null, null, null, null, null, null, null),
                      "protection"))
          .as(role)
          .isInstanceOf(AccessDeniedException.class);
      assertThat(
              jdbc.sql("select count(*) from registry.person where given_name = ?")
                  .param(given)
                  .query(Long.class)
                  .single())
          .isZero();
    }
    // a labour inspector does not work for protection: not even the search page
    MvcResult search =
        mvc.perform(
                post("/cases/intake")
                    .with(csrf())
                    .param("name", "Aung Kyaw Moe")
                    .with(authentication(as(accounts.user(ngo, "labour-inspector")))))
            .andReturn();
    assertThat(search.getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void theApiSearchesBeforeItCreatesUnderTheSameRules() throws Exception {
    String given = name();
    String family = name();
    String born = randomBirthDate();
    String passport = randomPassport();
    long person =
        seeded(
            RegistryFixtures.worker()
                .with("given_name", given)
                .with("family_name", family)
                .with("name_native", "")
                .with("birth_date", born)
                .with("document_number", passport));

    MvcResult search =
        mvc.perform(
                post("/api/cases/intake/search")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\": \""
                            + given
                            + " "
                            + family
                            + "\", \"documentType\": \"passport\", \"documentNumber\": \""
                            + typo(passport)
                            + "\", \"birth\": \""
                            + born
                            + "\"}")
                    .with(authentication(as(caseworker)))
                    .with(csrf()))
            .andReturn();
    assertThat(search.getResponse().getStatus()).isEqualTo(200);
    JsonNode candidates = json.readTree(search.getResponse().getContentAsString());
    assertThat(candidates.get(0).get("personId").asLong()).isEqualTo(person);
    assertThat(candidates.get(0).get("probability").asDouble()).isGreaterThan(0.5);
    assertThat(candidates.get(0).get("reasons").toString()).contains("one character apart");
    assertThat(candidates.get(0).get("person").has("phone"))
        .as("only the fields a caseworker may read")
        .isFalse();

    String stranger = "{\"givenName\": \"" + name() + "\", \"nationality\": \"LAO\"}";
    MvcResult created =
        mvc.perform(
                post("/api/cases/intake/persons")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(stranger)
                    .with(authentication(as(caseworker)))
                    .with(csrf()))
            .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    JsonNode body = json.readTree(created.getResponse().getContentAsString());
    assertThat(body.get("noticeLanguage").asString()).isEqualTo("lo");
    assertThat(
            jdbc.sql("select owner_agency_id from registry.person where id = ?")
                .param(body.get("personId").asLong())
                .query(UUID.class)
                .single())
        .isEqualTo(ngo.id());

    MvcResult refused =
        mvc.perform(
                post("/api/cases/intake/persons")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(stranger)
                    .with(authentication(as(accounts.user(ngo, "mdt-member"))))
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void aSearchWithoutANameIsExplainedNotFailed() throws Exception {
    MvcResult page =
        mvc.perform(
                post("/cases/intake")
                    .with(csrf())
                    .param("name", " ")
                    .with(authentication(as(caseworker))))
            .andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(422);
    TestSignIn.actAs(caseworker);
    assertThatThrownBy(
            () ->
                lookup.search(
                    new PersonLookup.Query("Aung", null, null, "1990-13", null, null),
                    "protection"))
        .hasMessage("cases.intake.birth.invalid");
  }

  private long seeded(Row worker) {
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    long person = registry.personId(worker.get("document_number"));
    duplicates.checked(person);
    return person;
  }

  private long maxAuditSeq() {
    return jdbc.sql("select coalesce(max(seq), 0) from audit.entry").query(Long.class).single();
  }

  private static Authentication as(TestUser user) {
    return TestSignIn.as(user);
  }

  /** A name of two random syllables, capitalised: few persons of the test database share it. */
  private static String name() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String word =
        SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String randomBirthDate() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format(
        "19%02d-%02d-%02d",
        60 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private static String randomPassport() {
    return String.format("IN%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  /** The number as an officer mistyped it: the last digit changed. */
  private static String typo(String number) {
    char last = number.charAt(number.length() - 1);
    return number.substring(0, number.length() - 1) + (char) (last == '9' ? '0' : last + 1);
  }
}
