package org.samakki.access.accounts;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration agencies (fictional, marked “demo”) and one user per role with a generated
 * password and, where the policy asks for it, a second-factor secret; printed once and written to
 * {@code <data dir>/demo-users.txt}, readable by its owner only.
 */
@Component
class DemoAccounts {

  static final String FILE = "demo-users.txt";

  /** The demo shelter's caseworker (MSDHS), who answers referrals sent to the shelter. */
  static final String SHELTER_WORKER = "demo-shelter-caseworker";

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  /** A demo agency. */
  record DemoAgency(String code, String name, AgencyType type) {}

  static final List<DemoAgency> AGENCIES =
      List.of(
          new DemoAgency("DOE-DEMO", "Department of Employment (demo)", AgencyType.GOVERNMENT),
          new DemoAgency(
              "MSDHS-DEMO",
              "Ministry of Social Development and Human Security (demo)",
              AgencyType.GOVERNMENT),
          new DemoAgency("IOM-DEMO", "IOM Thailand (demo)", AgencyType.UN_AGENCY),
          new DemoAgency("FMR-DEMO", "Foundation for Migrant Rights (demo)", AgencyType.NGO),
          new DemoAgency(
              "MHN-DEMO",
              "Mae Sot Migrant Health Network (demo)",
              AgencyType.COMMUNITY_ORGANISATION));

  /** Which agency and area each role's demo user works in. */
  private static final Map<String, String[]> PLACES =
      Map.ofEntries(
          Map.entry("registration-officer", new String[] {"DOE-DEMO", "74"}),
          Map.entry("labour-inspector", new String[] {"DOE-DEMO", "63"}),
          Map.entry("caseworker", new String[] {"FMR-DEMO", "6306"}),
          Map.entry("mdt-member", new String[] {"MSDHS-DEMO", "63"}),
          Map.entry("supervisor", new String[] {"FMR-DEMO", "63"}),
          Map.entry("enumerator", new String[] {"IOM-DEMO", "63"}),
          Map.entry("health-volunteer", new String[] {"MHN-DEMO", "6306"}),
          Map.entry("analyst", new String[] {"IOM-DEMO", null}),
          Map.entry("administrator", new String[] {"FMR-DEMO", null}),
          Map.entry("platform-administrator", new String[] {"DOE-DEMO", null}),
          Map.entry("data-protection-officer", new String[] {"FMR-DEMO", null}));

  private final Agencies agencies;
  private final Users users;
  private final PasswordEncoder passwords;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;
  private final Path dataDir;

  DemoAccounts(
      Agencies agencies,
      Users users,
      PasswordEncoder passwords,
      AccessPolicy policy,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.data-dir}") Path dataDir) {
    this.agencies = agencies;
    this.users = users;
    this.passwords = passwords;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
    this.dataDir = dataDir;
  }

  @Transactional
  public void ensure() {
    if (users.findByUsername("demo-caseworker").isPresent()) {
      String added = shelterWorker();
      if (added != null) {
        append(added);
        log.warn("\n\nDEMO MODE: a demo user was added (also in {}):\n{}\n", FILE, added);
      }
      log.info("Demo users are listed in {}", dataDir.resolve(FILE).toAbsolutePath());
      return;
    }
    for (DemoAgency a : AGENCIES) {
      if (agencies.findByCode(a.code()).isEmpty()) {
        agencies.insert(
            new Agency(UUID.randomUUID(), a.code(), a.name(), a.type(), true, clock.instant()));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Samakki demo users: username | role | agency | password | second-factor secret (TOTP, base32)");
    UUID supervisor = null;
    for (String role :
        List.of(
            "supervisor",
            "caseworker",
            "registration-officer",
            "labour-inspector",
            "mdt-member",
            "enumerator",
            "health-volunteer",
            "analyst",
            "administrator",
            "platform-administrator",
            "data-protection-officer")) {
      Agency agency = agencies.findByCode(PLACES.get(role)[0]).orElseThrow();
      String password = TemporaryPasswords.generate();
      boolean secondFactor = policy.secondFactorRequired(Set.of(role), agency.type().name());
      String secret = secondFactor ? new DefaultSecretGenerator(32).generate() : null;
      UUID id = UUID.randomUUID();
      users.insert(
          new UserAccount(
              id,
              agency.id(),
              "demo-" + role,
              "Demo " + role.replace('-', ' '),
              null,
              passwords.encode(password),
              false,
              secret,
              secondFactor,
              PLACES.get(role)[1],
              null,
              role.equals("caseworker") ? supervisor : null,
              null,
              null,
              null,
              0,
              null,
              clock.instant(),
              Set.of(role)));
      if (role.equals("supervisor")) {
        supervisor = id;
      }
      lines.add(
          String.join(
              " | ", "demo-" + role, role, agency.code(), password, secret == null ? "-" : secret));
    }
    lines.add(shelterWorker());
    audit.record(
        AuditActor.SYSTEM, AuditRecord.event("DEMO_USERS_CREATED", AuditRecord.Outcome.SUCCESS));
    write(lines);
    log.warn(
        "\n\nDEMO MODE: one demo user per role was created (also in {}):\n{}\n",
        dataDir.resolve(FILE).toAbsolutePath(),
        String.join("\n", lines));
  }

  /**
   * A caseworker of the demo shelter's agency (MSDHS), who accepts and answers the referrals the
   * demo caseworker sends there; added to an earlier demo installation too. Its line of the demo
   * users file, or null when it was there already.
   */
  private String shelterWorker() {
    if (users.findByUsername(SHELTER_WORKER).isPresent()) {
      return null;
    }
    Agency agency = agencies.findByCode("MSDHS-DEMO").orElse(null);
    if (agency == null) {
      return null;
    }
    String password = TemporaryPasswords.generate();
    boolean secondFactor = policy.secondFactorRequired(Set.of("caseworker"), agency.type().name());
    String secret = secondFactor ? new DefaultSecretGenerator(32).generate() : null;
    users.insert(
        new UserAccount(
            UUID.randomUUID(),
            agency.id(),
            SHELTER_WORKER,
            "Demo shelter caseworker",
            null,
            passwords.encode(password),
            false,
            secret,
            secondFactor,
            "63",
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            clock.instant(),
            Set.of("caseworker")));
    return String.join(
        " | ",
        SHELTER_WORKER,
        "caseworker",
        agency.code(),
        password,
        secret == null ? "-" : secret);
  }

  private void append(String line) {
    Path file = dataDir.resolve(FILE);
    List<String> lines = new ArrayList<>();
    try {
      if (Files.exists(file)) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo users file", e);
    }
    lines.add(line);
    write(lines);
  }

  private void write(List<String> lines) {
    try {
      Files.createDirectories(dataDir);
      Path file = dataDir.resolve(FILE);
      Files.write(file, lines, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.warn("Could not restrict {} to its owner on this file system", file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo users file", e);
    }
  }
}
