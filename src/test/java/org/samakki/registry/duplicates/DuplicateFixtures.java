package org.samakki.registry.duplicates;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.samakki.geo.AdminArea;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One worker registered twice in Chiang Mai under two spellings, the second time with a mistyped
 * passport number — the import cannot tell they are one person — and checked by the duplicate
 * check, for the review tests.
 */
public final class DuplicateFixtures {

  /** Chiang Mai, where no other test registers anyone. */
  public static final String PROVINCE = "50";

  private static final String[][] NAMES = {
    {"Nilar", "Htwe", "Nilar", "Htway"},
    {"Thandar", "Soe", "Thanda", "Soe"},
    {"Khin Mar", "Lwin", "Khin Mar", "Lwinn"},
    {"Ei Ei", "Phyu", "Ei Ei", "Phyuu"},
    {"Moe Moe", "Khaing", "Moe Moe", "Khine"},
    {"Su Su", "Hlaing", "Su Su", "Hlaine"}
  };
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final RegistryFixtures registry;
  private final DuplicateCheck check;
  private final JdbcClient jdbc;
  private final AdminAreas areas;

  public DuplicateFixtures(ApplicationContext context) {
    this.registry = new RegistryFixtures(context);
    this.check = context.getBean(DuplicateCheck.class);
    this.jdbc = context.getBean(JdbcClient.class);
    this.areas = context.getBean(AdminAreas.class);
  }

  /**
   * The two records of one person, the flag the check raised on them, and the district (of Chiang
   * Mai, picked at random) where both work: a reviewer there sees few other pairs, however many
   * runs the test database has seen.
   */
  public record Pair(
      Row first, Row second, long personA, long personB, long flagId, String district) {}

  /**
   * Checks until these persons are checked: another application context of the test run, on the
   * same database, may be checking them at this moment (its rows are skipped here, not waited for).
   */
  public void checked(long... persons) {
    Long[] ids = java.util.Arrays.stream(persons).boxed().toArray(Long[]::new);
    for (int attempt = 0; attempt < 200; attempt++) {
      check.checkPending();
      boolean done =
          jdbc.sql(
                  "select bool_and(linkage_checked_at is not null) from registry.person"
                      + " where id = any(?)")
              .param(ids)
              .query(Boolean.class)
              .single();
      if (done) {
        // checked by another context of the test run: this one learns them (and matches them)
        check.checkPending();
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("Persons still unchecked after 10 s");
  }

  /** The number as an officer mistyped it: the last digit changed, so the import sees no match. */
  static String typo(String number) {
    char last = number.charAt(number.length() - 1);
    return number.substring(0, number.length() - 1) + (char) (last == '9' ? '0' : last + 1);
  }

  /** Registers one person twice, runs the check, and returns the flagged pair. */
  public Pair registeredTwice(Path folder, UUID agency) {
    Pair loaded = loadedTwice(folder, agency);
    checked(loaded.personA(), loaded.personB());
    long flag =
        jdbc.sql("select id from registry.duplicate_flag where person_a = ? and person_b = ?")
            .params(loaded.personA(), loaded.personB())
            .query(Long.class)
            .single();
    return new Pair(
        loaded.first(),
        loaded.second(),
        loaded.personA(),
        loaded.personB(),
        flag,
        loaded.district());
  }

  /** Registers one person twice and checks nothing (the flag id is 0). */
  Pair loadedTwice(Path folder, UUID agency) {
    String[] names = NAMES[NEXT.getAndIncrement() % NAMES.length];
    // unique across runs too: the test database may outlive one run
    long n = System.nanoTime() / 1000;
    String born = String.format("19%02d-%02d-%02d", 60 + n % 40, 1 + n / 40 % 12, 1 + n / 480 % 28);
    // a passport number of its own: a typo of a serial number could be another test's worker
    String passport =
        String.format(
            "DP%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    List<AdminArea> districts = areas.children(PROVINCE);
    String district =
        districts
            .get(java.util.concurrent.ThreadLocalRandom.current().nextInt(districts.size()))
            .code();
    List<AdminArea> subdistricts = areas.children(district);
    Row first =
        RegistryFixtures.worker()
            .with("document_number", passport)
            .with("given_name", names[0])
            .with("family_name", names[1])
            .with("name_native", "")
            .with("sex", "F")
            .with("birth_date", born)
            .with("workplace_subdistrict_code", subdistricts.get(0).code());
    Row second =
        RegistryFixtures.worker()
            .with("given_name", names[2])
            .with("family_name", names[3])
            .with("name_native", "")
            .with("sex", "F")
            .with("birth_date", born)
            .with("workplace_subdistrict_code", subdistricts.get(subdistricts.size() - 1).code())
            .with("document_number", typo(first.get("document_number")))
            .with("scheme_code", "MOU-MMR");
    registry.load(folder, agency, first, second);
    long a = registry.personId(first.get("document_number"));
    long b = registry.personId(second.get("document_number"));
    return new Pair(first, second, Math.min(a, b), Math.max(a, b), 0, district);
  }
}
