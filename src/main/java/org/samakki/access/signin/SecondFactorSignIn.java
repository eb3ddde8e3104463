package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samakki.access.accounts.Agencies;
import org.samakki.access.accounts.UserAccount;
import org.samakki.access.accounts.Users;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in: a code from the user's authenticator app, or enrolling the app the
 * first time. Success gives the session a new id and the user's full roles.
 */
@Service
public class SecondFactorSignIn {

  private final Users users;
  private final Agencies agencies;
  private final SecondFactor codes;
  private final SignInFailures failures;
  private final AccountAuthentication accounts;
  private final AuditTrail audit;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SecondFactorSignIn(
      Users users,
      Agencies agencies,
      SecondFactor codes,
      SignInFailures failures,
      AccountAuthentication accounts,
      AuditTrail audit) {
    this.users = users;
    this.agencies = agencies;
    this.codes = codes;
    this.failures = failures;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** The user part-way through signing in, if this session has one. */
  public static java.util.Optional<SignedInUser> pending() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        ? java.util.Optional.of(user)
        : java.util.Optional.empty();
  }

  public boolean enrolled(SignedInUser user) {
    return users.find(user.userId()).map(UserAccount::totpEnabled).orElse(false);
  }

  @Transactional
  public boolean verify(String code, HttpServletRequest request, HttpServletResponse response) {
    SignedInUser user = pending().orElseThrow();
    UserAccount account = users.find(user.userId()).orElseThrow();
    if (!account.totpEnabled() || !codes.accepts(account.totpSecret(), code)) {
      return fail(user, request);
    }
    complete(user, request, response);
    return true;
  }

  /** Confirms enrolment with a code from the newly scanned secret, then completes sign-in. */
  @Transactional
  public boolean enrol(
      String secret, String code, HttpServletRequest request, HttpServletResponse response) {
    SignedInUser user = pending().orElseThrow();
    if (enrolled(user) || !codes.accepts(secret, code)) {
      return fail(user, request);
    }
    users.enrolSecondFactor(user.userId(), secret);
    audit.record(
        SignInOutcomes.actorOf(user),
        AuditRecord.change(
            "ENROL_SECOND_FACTOR",
            "user",
            user.userId().toString(),
            java.util.List.of("secondFactorEnrolled")));
    complete(user, request, response);
    return true;
  }

  public String newSecret() {
    return codes.newSecret();
  }

  public String qrCode(String secret, String username) {
    return codes.qrCodeDataUri(secret, username);
  }

  private boolean fail(SignedInUser user, HttpServletRequest request) {
    failures.record(user.username(), request.getRemoteAddr());
    audit.record(
        SignInOutcomes.actorOf(user),
        AuditRecord.event("SIGN_IN_SECOND_FACTOR", AuditRecord.Outcome.FAILED));
    return false;
  }

  private void complete(
      SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
    request.changeSessionId();
    Authentication full = AccountAuthentication.authentication(user.withSecondFactorDone());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(full);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    audit.record(
        SignInOutcomes.actorOf(user),
        AuditRecord.event("SIGN_IN_SECOND_FACTOR", AuditRecord.Outcome.SUCCESS));
  }

  boolean agencyActive(SignedInUser user) {
    return agencies.find(user.agencyId()).map(a -> a.active()).orElse(false);
  }
}
