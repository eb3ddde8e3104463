package org.samakki.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.samakki.registry.duplicates.DuplicateFixtures.Pair;
import org.samakki.registry.statistics.Figures;
import org.samakki.registry.statistics.RegistryStatistics;
import org.samakki.registry.statistics.StatisticsFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity resolution in the registry: a person registered again under another spelling is flagged,
 * never merged by the machine; a reviewer's merge moves their records and an unmerge puts every row
 * back; a "not the same person" decision stands.
 */
@SpringBootTest
class DuplicateCheckTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired DuplicateCheck check;
  @Autowired DuplicateReview review;
  @Autowired Merges merges;
  @TempDir Path folder;
  Agency office;
  DuplicateFixtures duplicates;

  @BeforeEach
  void setUp() {
    TestAccounts accounts = new TestAccounts(context);
    office = accounts.agency(AgencyType.GOVERNMENT);
    duplicates = new DuplicateFixtures(context);
    TestSignIn.actAs(
        accounts.user(
            office, DuplicateFixtures.PROVINCE, (java.util.UUID) null, "registration-officer"));
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void aPersonRegisteredAgainUnderAnotherSpellingIsFlaggedAndNotMerged() {
    Pair pair = duplicates.registeredTwice(folder, office.id());

    assertThat(mergedInto(pair.personA())).isNull();
    assertThat(mergedInto(pair.personB())).isNull();
    assertThat(registrations(pair.personA())).isEqualTo(1);
    assertThat(registrations(pair.personB())).isEqualTo(1);
    DuplicateFlags.Flag flag =
        context.getBean(DuplicateFlags.class).find(pair.flagId(), false).get();
    assertThat(flag.state()).isEqualTo("OPEN");
    assertThat(flag.probability()).isGreaterThanOrEqualTo(check.threshold());
    assertThat(flag.explanation().fields())
        .extracting(f -> f.field() + ":" + f.level())
        .contains("birth_date:exact", "nationality:same", "document:one character apart");
    // the weights add up to the total, which is what the waterfall shows
    double sum =
        flag.explanation().priorWeight()
            + flag.explanation().fields().stream().mapToDouble(f -> f.weight()).sum();
    assertThat(sum)
        .isCloseTo(flag.explanation().matchWeight(), org.assertj.core.data.Offset.offset(1e-6));

    markUnchecked(pair.personA(), pair.personB());
    duplicates.checked(pair.personA(), pair.personB());
    assertThat(flagsBetween(pair)).isEqualTo(1);
  }

  @Test
  void personsCheckedByAnotherNodeAreLearntAndMatchedHere() {
    Pair pair = duplicates.loadedTwice(folder, office.id());
    // as if another node had checked both at once, each before it knew the other
    jdbc.sql(
            "update registry.person set linkage_checked_at = now(), linkage_checked_by = ?"
                + " where id in (?, ?)")
        .params(java.util.UUID.randomUUID(), pair.personA(), pair.personB())
        .update();

    check.checkPending();

    assertThat(flagsBetween(pair)).isEqualTo(1);
  }

  @Test
  void mergingMovesTheRecordsToTheSurvivorAndUnmergingPutsEveryRowBack() {
    Pair pair = duplicates.registeredTwice(folder, office.id());
    List<Long> documentsOfB = ids("registry.document", pair.personB());
    List<Long> registrationsOfB = ids("registry.registration", pair.personB());
    String statusOfB = status(pair.personB());
    RegistryStatistics statistics = context.getBean(RegistryStatistics.class);
    Figures before = statistics.figures(StatisticsFilter.none());

    long merge = merges.merge(pair.flagId(), pair.personA());

    // one person fewer among the workers, the same registrations
    Figures after = statistics.figures(StatisticsFilter.none());
    assertThat(after.total().workers()).isEqualTo(before.total().workers() - 1);
    assertThat(after.registrations().workers()).isEqualTo(before.registrations().workers());
    assertThat(after.registrations().workers()).isGreaterThan(after.total().workers());

    assertThat(mergedInto(pair.personB())).isEqualTo(pair.personA());
    assertThat(ids("registry.document", pair.personA())).containsAll(documentsOfB);
    assertThat(ids("registry.registration", pair.personA())).containsAll(registrationsOfB);
    assertThat(ids("registry.registration", pair.personB())).isEmpty();
    assertThat(status(pair.personB())).as("a merged record has no status of its own").isNull();
    assertThat(status(pair.personA())).isNotNull();
    assertThat(flagState(pair.flagId())).isEqualTo("MERGED");
    assertThat(audited("MERGE", pair.personB())).isEqualTo(1);

    merges.unmerge(merge);

    assertThat(mergedInto(pair.personB())).isNull();
    assertThat(ids("registry.document", pair.personB())).isEqualTo(documentsOfB);
    assertThat(ids("registry.registration", pair.personB())).isEqualTo(registrationsOfB);
    assertThat(ids("registry.registration", pair.personA()))
        .doesNotContainAnyElementsOf(registrationsOfB);
    assertThat(status(pair.personB())).isEqualTo(statusOfB);
    assertThat(flagState(pair.flagId())).as("back in the queue").isEqualTo("OPEN");
    assertThat(audited("UNMERGE", pair.personB())).isEqualTo(1);
    assertThatThrownBy(() -> merges.unmerge(merge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry.duplicates.alreadyUndone");
  }

  @Test
  void aLaterMergeOfTheSurvivorMustBeUndoneFirst() {
    Pair pair = duplicates.registeredTwice(folder, office.id());
    Row third =
        RegistryFixtures.worker()
            .with("given_name", pair.first().get("given_name"))
            .with("family_name", pair.first().get("family_name"))
            .with("name_native", "")
            .with("sex", "F")
            .with("birth_date", pair.first().get("birth_date"))
            .with("workplace_subdistrict_code", pair.first().get("workplace_subdistrict_code"));
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, office.id(), third);
    long c = registry.personId(third.get("document_number"));
    duplicates.checked(c);
    long first = merges.merge(pair.flagId(), pair.personA());
    // the survivor's identity changed, so it was matched again and paired with the third record
    duplicates.checked(pair.personA(), pair.personB());
    long flagAc = flagBetween(pair.personA(), c);
    long second = merges.merge(flagAc, c);

    assertThat(mergedInto(pair.personB())).as("repointed to the last survivor").isEqualTo(c);
    assertThatThrownBy(() -> merges.unmerge(first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry.duplicates.undoLaterFirst");

    merges.unmerge(second);
    merges.unmerge(first);
    assertThat(mergedInto(pair.personA())).isNull();
    assertThat(mergedInto(pair.personB())).isNull();
    assertThat(registrations(pair.personA())).isEqualTo(1);
    assertThat(registrations(pair.personB())).isEqualTo(1);
    assertThat(registrations(c)).isEqualTo(1);
  }

  @Test
  void twoDifferentPeopleStayApartWhenMatchedAgain() {
    Pair pair = duplicates.registeredTwice(folder, office.id());

    String note = "Sisters with the same birthday, seen in person " + java.util.UUID.randomUUID();
    review.distinct(pair.flagId(), note);
    markUnchecked(pair.personA(), pair.personB());
    duplicates.checked(pair.personA(), pair.personB());

    assertThat(flagState(pair.flagId())).isEqualTo("DISTINCT");
    assertThat(audited("DECIDE_DISTINCT", pair.personA())).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from audit.entry where strpos(coalesce(reason, ''), ?) > 0")
                .param(note.substring(note.length() - 36))
                .query(Integer.class)
                .single())
        .as("the reviewer's note is a value, never written to the audit trail")
        .isZero();
    assertThat(review.queue()).extracting(DuplicateReview.Entry::id).doesNotContain(pair.flagId());
    assertThatThrownBy(() -> merges.merge(pair.flagId(), pair.personA()))
        .hasMessage("registry.duplicates.alreadyDecided");
  }

  private Long mergedInto(long person) {
    return jdbc.sql("select merged_into from registry.person where id = ?")
        .param(person)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private int registrations(long person) {
    return ids("registry.registration", person).size();
  }

  private List<Long> ids(String table, long person) {
    return jdbc.sql("select id from " + table + " where person_id = ? order by id")
        .param(person)
        .query(Long.class)
        .list();
  }

  private String status(long person) {
    return jdbc.sql("select status from registry.worker_status where person_id = ?")
        .param(person)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String flagState(long flag) {
    return jdbc.sql("select state from registry.duplicate_flag where id = ?")
        .param(flag)
        .query(String.class)
        .single();
  }

  private long flagBetween(long a, long b) {
    return jdbc.sql("select id from registry.duplicate_flag where person_a = ? and person_b = ?")
        .params(Math.min(a, b), Math.max(a, b))
        .query(Long.class)
        .single();
  }

  private int flagsBetween(Pair pair) {
    return jdbc.sql(
            "select count(*) from registry.duplicate_flag where person_a = ? and person_b = ?")
        .params(pair.personA(), pair.personB())
        .query(Integer.class)
        .single();
  }

  private void markUnchecked(long... persons) {
    for (long p : persons) {
      jdbc.sql("update registry.person set linkage_checked_at = null where id = ?")
          .param(p)
          .update();
    }
  }

  private int audited(String action, long person) {
    return jdbc.sql("select count(*) from audit.entry where action = ? and ? = any(record_ids)")
        .params(action, Long.toString(person))
        .query(Integer.class)
        .single();
  }
}
