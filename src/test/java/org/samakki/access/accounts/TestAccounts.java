package org.samakki.access.accounts;

import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.policy.AccessPolicy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Agencies and users made for a test, with known passwords and second-factor secrets. */
public final class TestAccounts {

  public static final String PASSWORD = "seven lanterns over the Moei river";
  private static String passwordHash;

  private final Agencies agencies;
  private final Users users;
  private final AccessPolicy policy;
  private final Clock clock;
  private final ApplicationContext context;

  public TestAccounts(ApplicationContext context) {
    this.context = context;
    this.agencies = context.getBean(Agencies.class);
    this.users = context.getBean(Users.class);
    this.policy = context.getBean(AccessPolicy.class);
    this.clock = context.getBean(Clock.class);
    synchronized (TestAccounts.class) {
      if (passwordHash == null) {
        passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
      }
    }
  }

  /** The application the accounts live in, for fixtures of other modules. */
  public ApplicationContext context() {
    return context;
  }

  /** A user made for a test: the account, its agency, and its second-factor secret if any. */
  public record TestUser(UserAccount account, Agency agency, String totpSecret) {
    public UUID id() {
      return account.id();
    }

    public String username() {
      return account.username();
    }
  }

  public Agency agency(AgencyType type) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Agency agency =
        new Agency(
            UUID.randomUUID(), "T-" + suffix, "Test agency " + suffix, type, true, clock.instant());
    agencies.insert(agency);
    return agency;
  }

  public TestUser user(Agency agency, String... roles) {
    return user(agency, null, null, roles);
  }

  public TestUser user(Agency agency, String area, UUID supervisor, String... roles) {
    boolean secondFactor = policy.secondFactorRequired(Set.of(roles), agency.type().name());
    String secret = secondFactor ? new DefaultSecretGenerator(32).generate() : null;
    UUID id = UUID.randomUUID();
    UserAccount account =
        new UserAccount(
            id,
            agency.id(),
            "t-" + id.toString().substring(0, 13),
            "Test user " + id.toString().substring(0, 4),
            "t" + id.toString().substring(0, 6) + "@example.org",
            passwordHash,
            false,
            secret,
            secondFactor,
            area,
            null,
            supervisor,
            null,
            null,
            null,
            0,
            null,
            clock.instant(),
            Set.of(roles));
    users.insert(account);
    return new TestUser(users.find(id).orElseThrow(), agency, secret);
  }

  /** The account as it is now in the database. */
  public UserAccount reload(UUID id) {
    return users.find(id).orElseThrow();
  }
}
