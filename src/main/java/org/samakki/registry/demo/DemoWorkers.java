package org.samakki.registry.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.geo.AdminArea;
import org.samakki.geo.AdminAreas;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.Script;
import org.samakki.linkage.synthetic.GeneratedRecord;
import org.samakki.linkage.synthetic.SyntheticPopulation;
import org.samakki.registry.Sector;

/**
 * A synthetic register of migrant workers as the Department of Employment would export it: people
 * of the region with the spelling variation and duplicates real registers have (from the linkage
 * generator), registered under MOU, in-country regularisation, border or nationality verification
 * schemes, in the provinces where migrants work, with renewals, employer changes, lapses and gaps
 * that give a plausible spread of statuses. The same seed gives the same file.
 */
public final class DemoWorkers {

  public static final String[] HEADER = {
    "person_ref",
    "given_name",
    "family_name",
    "name_native",
    "sex",
    "birth_date",
    "nationality",
    "document_type",
    "document_number",
    "document_issued",
    "document_expires",
    "employer_ref",
    "employer_name",
    "employer_sector",
    "workplace_subdistrict_code",
    "channel",
    "scheme_code",
    "contract_start",
    "contract_end",
    "employer_change_reported",
    "work_permit_number",
    "work_permit_start",
    "work_permit_end",
    "stay_permit_end",
    "social_security_number",
    "social_security_end",
    "health_insurance_end",
    "health_check_date",
    "health_check_result"
  };

  /**
   * Where migrant workers work, weighted as in the seed reports (Samut Sakhon, Bangkok, Tak...).
   */
  private static final String[] PROVINCES = {
    "74", "74", "74", "74", "10", "10", "10", "10", "63", "63", "63", "20", "20", "11", "11", "13",
    "85", "85", "12", "21", "84", "90", "50", "71", "57", "30", "70", "27"
  };

  /** Of the people met again in the generated records, this share is registered a second time. */
  private static final double DUPLICATES = 0.03;

  /** Rows left without a nationality or document number, as in real exports. */
  private static final double BAD_ROWS = 0.005;

  private final AdminAreas areas;
  private final LocalDate today;
  private final long seed;
  private final Map<String, List<AdminArea>> subdistricts = new HashMap<>();
  private final Employers employers;

  public DemoWorkers(AdminAreas areas, LocalDate today, long seed) {
    this.areas = areas;
    this.today = today;
    this.seed = seed;
    this.employers = new Employers(seed);
  }

  /** Writes a header and the rows of {@code workers} workers (about 1.3 rows each). */
  public int writeCsv(int workers, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Iterator<GeneratedRecord> records = new SyntheticPopulation(seed).records(workers * 3);
    Set<String> people = new HashSet<>();
    int rows = 0;
    int made = 0;
    while (records.hasNext() && made < workers) {
      GeneratedRecord record = records.next();
      boolean seen = !people.add(record.trueId());
      // a person registered again as someone new: a new passport, another spelling of the name
      if (seen && random.nextDouble() > DUPLICATES) {
        continue;
      }
      for (List<String> row : worker(complete(record, seen, random), random)) {
        printer.printRecord(row);
        rows++;
      }
      made++;
    }
    printer.flush();
    return rows;
  }

  /** A registration export always has nationality and document; a few bad rows are kept. */
  private static GeneratedRecord complete(
      GeneratedRecord r, boolean duplicate, SplittableRandom random) {
    boolean bad = random.nextDouble() < BAD_ROWS;
    String nationality = r.nationality() != null || bad ? r.nationality() : "MMR";
    String number = r.documentNumber();
    String type = r.documentType();
    if (duplicate || number == null) {
      type = "passport";
      String letters =
          nationality == null || nationality.equals("MMR")
              ? "M" + (char) ('A' + random.nextInt(26))
              : nationality.equals("KHM") ? "N" : nationality.equals("LAO") ? "P" : "C";
      number =
          bad && !duplicate
              ? null
              : letters
                  + String.format(
                      "%0" + (letters.length() == 2 ? 6 : 7) + "d",
                      random.nextInt(letters.length() == 2 ? 1_000_000 : 10_000_000));
    }
    return new GeneratedRecord(
        r.recordId(),
        r.trueId(),
        r.givenName(),
        r.familyName(),
        r.fullName(),
        r.sex(),
        r.birthDate(),
        nationality,
        type,
        number,
        r.phone(),
        r.provinceCode());
  }

  private List<List<String>> worker(GeneratedRecord person, SplittableRandom random) {
    // a record without nationality is planned as Myanmar but keeps its blank cell (a bad row)
    String nationality = person.nationality() == null ? "MMR" : person.nationality();
    WorkerPlan plan = WorkerPlan.choose(nationality, today, random);
    if (plan.passport()
        && person.documentNumber() != null
        && !travelDocument(person.documentType())) {
      // MOU and verified workers travel on passports; their pink card is not what they registered
      // with
      person = complete(person, true, random);
    }
    String province = PROVINCES[random.nextInt(PROVINCES.length)];
    String subdistrict = subdistrict(province, random).code();
    Employers.Employer employer = employers.pick(province, plan.sector(), random);
    List<List<String>> rows = new ArrayList<>();
    // the seed is part of the reference: files made with different seeds are different people
    String ref =
        "P-"
            + Long.toString(Math.floorMod(seed, 1_000_000L), 36)
            + "-"
            + person.recordId().substring(1);
    Names names = names(person);
    // insured or not is a property of the worker, not of each registration
    boolean insured = random.nextDouble() < 0.97;
    for (WorkerPlan.Step step : plan.steps()) {
      if (step.newEmployer()) {
        employer = employers.pick(province, plan.sector(), random);
      }
      rows.add(row(ref, names, person, plan, step, employer, subdistrict, insured, random));
    }
    return rows;
  }

  private List<String> row(
      String ref,
      Names names,
      GeneratedRecord person,
      WorkerPlan plan,
      WorkerPlan.Step step,
      Employers.Employer employer,
      String subdistrict,
      boolean insured,
      SplittableRandom random) {
    LocalDate start = step.start();
    LocalDate end = step.end();
    boolean covered =
        plan.sector().ordinal() >= Sector.SEAFOOD_PROCESSING.ordinal()
            && plan.sector() != Sector.DOMESTIC_WORK;
    LocalDate check = start.minusDays(random.nextInt(20));
    boolean passed = random.nextDouble() < 0.99;
    boolean permit = step.permitHeld();
    String document = person.documentType() == null ? "pink_card" : person.documentType();
    LocalDate issued = plan.passportIssued();
    return List.of(
        ref,
        names.given(),
        names.family(),
        names.nativeName(),
        blank(person.sex()),
        blank(person.birthDate()),
        blank(person.nationality()),
        document,
        blank(person.documentNumber()),
        plan.passport() ? issued.toString() : "",
        plan.passport() ? issued.plusYears(plan.passportYears()).toString() : "",
        employer.ref(),
        employer.name(),
        plan.sector().name(),
        subdistrict,
        step.channel(),
        step.scheme(),
        start.toString(),
        end.toString(),
        step.changeReported() == null ? "" : step.changeReported().toString(),
        permit ? "WP" + (100000 + random.nextInt(900000)) : "",
        permit ? start.toString() : "",
        permit ? end.toString() : "",
        step.stayPermit() ? end.toString() : "",
        covered && insured ? "SS" + (1000000 + random.nextInt(9000000)) : "",
        covered && insured ? end.toString() : "",
        !covered && insured ? end.toString() : "",
        check.toString(),
        passed ? "passed" : "failed");
  }

  private static boolean travelDocument(String type) {
    return type != null && (type.equals("passport") || type.equals("pj") || type.equals("ci"));
  }

  /** Name columns from a generated record: Latin parts, and any native-script rendering. */
  private static Names names(GeneratedRecord person) {
    String full = person.fullName();
    boolean nativeFull = full != null && NameNormaliser.detectScript(full) != Script.LATIN;
    String given = person.givenName();
    if (given == null && full != null && !nativeFull) {
      given = full;
    }
    return new Names(blank(given), blank(person.familyName()), nativeFull ? full : "");
  }

  private record Names(String given, String family, String nativeName) {}

  private AdminArea subdistrict(String province, SplittableRandom random) {
    List<AdminArea> inProvince =
        subdistricts.computeIfAbsent(
            province,
            p ->
                areas.children(p).stream()
                    .flatMap(d -> areas.children(d.code()).stream())
                    .toList());
    return inProvince.get(random.nextInt(inProvince.size()));
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }
}
