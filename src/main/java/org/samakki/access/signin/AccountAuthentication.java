package org.samakki.access.signin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.samakki.access.accounts.Agencies;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.UserAccount;
import org.samakki.access.accounts.Users;
import org.samakki.access.policy.AccessPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the account and signs the user in with a password; a
 * second factor may still be required. Unknown users cost the same time as known ones.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

  // a valid Argon2id hash of a random password, so that unknown usernames take as long
  private final String decoyHash;
  private final Users users;
  private final Agencies agencies;
  private final PasswordEncoder passwords;
  private final AccessPolicy policy;
  private final Clock clock;

  AccountAuthentication(
      Users users, Agencies agencies, PasswordEncoder passwords, AccessPolicy policy, Clock clock) {
    this.users = users;
    this.agencies = agencies;
    this.passwords = passwords;
    this.policy = policy;
    this.clock = clock;
    this.decoyHash = passwords.encode(java.util.UUID.randomUUID().toString());
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName() == null ? "" : attempt.getName().strip();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    UserAccount account =
        users.findByUsername(username.toLowerCase(java.util.Locale.ROOT)).orElse(null);
    if (account == null) {
      passwords.matches(password, decoyHash);
      throw new BadCredentialsException("Bad credentials");
    }
    if (!passwords.matches(password, account.passwordHash())) {
      throw new BadCredentialsException("Bad credentials");
    }
    Agency agency = agencies.find(account.agencyId()).orElseThrow();
    if (!account.usableOn(LocalDate.now(clock)) || !agency.active()) {
      throw new DisabledException("Account disabled or expired");
    }
    return signedIn(account, agency, false);
  }

  /** The authentication of a user whose account state was just checked. */
  Authentication signedIn(UserAccount account, Agency agency, boolean secondFactorDone) {
    boolean required = policy.secondFactorRequired(account.roles(), agency.type().name());
    SignedInUser user =
        new SignedInUser(
            account.id(),
            account.username(),
            agency.id(),
            agency.type(),
            account.roles(),
            account.areaCode(),
            account.teamId(),
            account.securityVersion(),
            clock.instant(),
            required,
            secondFactorDone);
    return authentication(user);
  }

  static Authentication authentication(SignedInUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("FACTOR_PASSWORD"));
    if (user.secondFactorDone()) {
      authorities.add(new SimpleGrantedAuthority("FACTOR_TOTP"));
    }
    if (user.fullySignedIn()) {
      user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
