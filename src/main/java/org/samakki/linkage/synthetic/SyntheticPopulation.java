package org.samakki.linkage.synthetic;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.linkage.DocumentNumber;
import org.samakki.linkage.synthetic.NamePools.Part;

/**
 * Synthetic migrants of the region and their repeated registrations, with the corruption real
 * registers show: several romanisations of one name, Burmese, Khmer, Lao and Thai-script
 * renderings, Zawgyi text, swapped name order, honorifics, typos, missing fields, partial,
 * approximate and Buddhist-era dates, document typos and renewals. Most people have one record,
 * some a few, a few many. Streamed, so any size can be written; the same seed gives the same file.
 */
public final class SyntheticPopulation {

  /** The columns of the CSV files it writes, {@code true_id} being the person. */
  public static final List<String> COLUMNS =
      List.of(
          "record_id",
          "true_id",
          "given_name",
          "family_name",
          "full_name",
          "sex",
          "birth_date",
          "nationality",
          "document_type",
          "document_number",
          "phone",
          "province_code");

  private static final int SHUFFLE_BUFFER = 20_000;
  private static final String[] PROVINCES = {
    "10", "10", "10", "74", "74", "63", "63", "11", "12", "13", "20", "20", "85", "71", "57", "27",
    "43", "49", "58", "90", "50", "30", "21", "70"
  };

  private final long seed;
  private final Transliterator zawgyi = Transliterator.getInstance("my-Zawgyi");

  public SyntheticPopulation(long seed) {
    this.seed = seed;
  }

  /** Writes a header and {@code count} records as CSV. */
  public void writeCsv(int count, Appendable out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    Iterator<GeneratedRecord> records = records(count);
    while (records.hasNext()) {
      printer.printRecord(records.next().values());
    }
    printer.flush();
  }

  /** {@code count} records, the records of one person spread over the stream. */
  public Iterator<GeneratedRecord> records(int count) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      private final List<GeneratedRecord> buffer = new ArrayList<>();
      private int made;
      private int emitted;
      private int people;

      @Override
      public boolean hasNext() {
        return emitted < count;
      }

      @Override
      public GeneratedRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        while (made < count && buffer.size() < SHUFFLE_BUFFER) {
          Person person = person(random, ++people);
          int records = Math.min(count - made, recordsPerPerson(random));
          for (int r = 0; r < records; r++) {
            buffer.add(render(person, random, String.format("R%08d", ++made)));
          }
        }
        int pick = random.nextInt(buffer.size());
        GeneratedRecord chosen = buffer.get(pick);
        buffer.set(pick, buffer.get(buffer.size() - 1));
        buffer.remove(buffer.size() - 1);
        emitted++;
        return chosen;
      }
    };
  }

  /** Most people are registered once, some a few times, a few many times. */
  private static int recordsPerPerson(SplittableRandom random) {
    double x = random.nextDouble();
    if (x < 0.55) {
      return 1;
    } else if (x < 0.75) {
      return 2;
    } else if (x < 0.85) {
      return 3;
    } else if (x < 0.91) {
      return 4;
    } else if (x < 0.95) {
      return 5;
    } else if (x < 0.99) {
      return 6 + random.nextInt(5);
    }
    return 11 + random.nextInt(15);
  }

  private Person person(SplittableRandom random, int number) {
    double x = random.nextDouble();
    String nationality = x < 0.73 ? "MMR" : x < 0.85 ? "KHM" : x < 0.93 ? "LAO" : "VNM";
    boolean male = random.nextBoolean();
    int year = 1960 + random.nextInt(48);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    List<Part> given = new ArrayList<>();
    List<Part> family = new ArrayList<>();
    switch (nationality) {
      case "MMR" -> {
        int syllables = random.nextDouble() < 0.4 ? 2 : random.nextDouble() < 0.75 ? 3 : 4;
        for (int s = 0; s < syllables; s++) {
          given.add(NamePools.BURMESE.draw(random));
        }
      }
      case "KHM" -> {
        family.add(NamePools.KHMER_FAMILY.draw(random));
        given.add(NamePools.KHMER_GIVEN.draw(random));
        if (random.nextDouble() < 0.2) {
          given.add(NamePools.KHMER_GIVEN.draw(random));
        }
      }
      case "LAO" -> {
        given.add(NamePools.LAO_GIVEN.draw(random));
        family.add(NamePools.LAO_FAMILY.draw(random));
      }
      default -> {
        family.add(NamePools.VIETNAMESE_FAMILY.draw(random));
        given.add(NamePools.VIETNAMESE_MIDDLE.draw(random));
        given.add(NamePools.VIETNAMESE_GIVEN.draw(random));
      }
    }
    List<String> passports = new ArrayList<>();
    passports.add(passport(nationality, random));
    if (random.nextDouble() < 0.3) {
      passports.add(passport(nationality, random));
    }
    String pinkCard =
        !nationality.equals("VNM") && random.nextDouble() < 0.4 ? pinkCard(random) : null;
    String phone =
        random.nextDouble() < 0.7
            ? String.format("08%d%07d", random.nextInt(10), random.nextInt(10_000_000))
            : null;
    String province = PROVINCES[random.nextInt(PROVINCES.length)];
    return new Person(
        "P" + number,
        nationality,
        male,
        year,
        month,
        day,
        given,
        family,
        passports,
        pinkCard,
        phone,
        province);
  }

  private static String passport(String nationality, SplittableRandom random) {
    return switch (nationality) {
      case "MMR" ->
          (random.nextDouble() < 0.3 ? "PJ" : "M" + (char) ('A' + random.nextInt(8)))
              + String.format("%07d", random.nextInt(10_000_000));
      case "KHM" -> "N" + String.format("%07d", random.nextInt(10_000_000));
      case "LAO" -> "P" + String.format("%07d", random.nextInt(10_000_000));
      default -> "C" + String.format("%07d", random.nextInt(10_000_000));
    };
  }

  private static String pinkCard(SplittableRandom random) {
    String twelve = String.format("00%010d", random.nextLong(10_000_000_000L));
    return twelve + DocumentNumber.thaiCheckDigit(twelve);
  }

  private GeneratedRecord render(Person person, SplittableRandom random, String recordId) {
    Names names = new NameRendering(zawgyi, random).render(person);
    String[] document = DocumentRendering.render(person, random);
    return new GeneratedRecord(
        recordId,
        person.id(),
        names.given(),
        names.family(),
        names.full(),
        random.nextDouble() < 0.05
            ? null
            : random.nextDouble() < 0.5
                ? (person.male() ? "M" : "F")
                : (person.male() ? "male" : "female"),
        birthDate(person, random),
        random.nextDouble() < 0.05 ? null : person.nationality(),
        document == null ? null : document[0],
        document == null ? null : document[1],
        random.nextDouble() < 0.5 && person.phone() != null ? phone(person.phone(), random) : null,
        random.nextDouble() < 0.2
            ? null
            : random.nextDouble() < 0.1
                ? PROVINCES[random.nextInt(PROVINCES.length)]
                : person.province());
  }

  private static String phone(String phone, SplittableRandom random) {
    if (random.nextDouble() < 0.1) {
      return String.format("09%d%07d", random.nextInt(10), random.nextInt(10_000_000));
    }
    return random.nextBoolean()
        ? "+66" + phone.substring(1)
        : phone.substring(0, 3) + "-" + phone.substring(3, 6) + "-" + phone.substring(6);
  }

  private static String birthDate(Person person, SplittableRandom random) {
    double x = random.nextDouble();
    if (x < 0.08) {
      return null;
    }
    int year = person.year();
    if (random.nextDouble() < 0.04) {
      year += random.nextBoolean() ? 1 : -1;
    }
    if (random.nextDouble() < 0.25) {
      year += 543;
    }
    if (x < 0.16) {
      return String.format("%04d", year);
    }
    if (x < 0.2) {
      return String.format("%04d-%02d", year, person.month());
    }
    if (random.nextDouble() < 0.03 && person.day() <= 12) {
      return String.format("%04d-%02d-%02d", year, person.day(), person.month());
    }
    return String.format("%04d-%02d-%02d", year, person.month(), person.day());
  }
}
