package org.samakki.access.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.samakki.access.accounts.Agencies;
import org.samakki.access.accounts.Agency;
import org.samakki.access.sharing.ApiClient;
import org.samakki.access.sharing.ApiTokens;
import org.samakki.access.sharing.SharingAgreement;
import org.samakki.access.sharing.SharingRegister;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates other systems by their API token. A client acts only while it is not revoked, its
 * agency is active and its data-sharing agreement is in force (DP-17); it is throttled per minute
 * and every refusal is audited, as for users.
 */
@Component
class ApiClientAuthentication extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final SharingRegister register;
  private final Agencies agencies;
  private final AuditTrail audit;
  private final Clock clock;
  private final int perMinute;
  private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

  ApiClientAuthentication(
      SharingRegister register,
      Agencies agencies,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.api.requests-per-minute:600}") int perMinute) {
    this.register = register;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
    this.perMinute = perMinute;
  }

  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.startsWith(BEARER);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !carriesToken(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length());
    Optional<ApiTokens.Presented> presented = ApiTokens.parse(token);
    Optional<ApiClient> client =
        presented.flatMap(p -> register.client(p.clientId())).filter(c -> !c.revoked());
    if (client.isEmpty() || !presented.get().matches(client.get().secretHash())) {
      refuse(response, AuditActor.anonymous("api"), "API_AUTHENTICATION_FAILED", 401);
      return;
    }
    ApiClient c = client.get();
    Optional<Agency> agency = agencies.find(c.agencyId()).filter(Agency::active);
    Optional<SharingAgreement> agreement =
        register.agreement(c.agreementId()).filter(a -> a.validOn(LocalDate.now(clock)));
    AuditActor actor = new AuditActor(c.id(), "api:" + c.name(), List.of(c.role()), c.agencyId());
    if (agency.isEmpty()
        || agreement.isEmpty()
        || !agreement.get().agencyIds().contains(c.agencyId())) {
      refuse(response, actor, "API_NO_AGREEMENT", 403);
      return;
    }
    if (!allowed(c.id())) {
      refuse(response, actor, "API_THROTTLED", 429);
      return;
    }
    register.used(c.id(), clock.instant());
    ApiClientPrincipal principal =
        new ApiClientPrincipal(
            c.id(),
            c.name(),
            c.agencyId(),
            agency.get().type(),
            c.role(),
            c.purpose(),
            agreement.get().code());
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("API_CLIENT"))));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void refuse(HttpServletResponse response, AuditActor actor, String action, int status)
      throws IOException {
    audit.record(actor, AuditRecord.event(action, AuditRecord.Outcome.DENIED));
    response.sendError(status);
  }

  /** A fixed one-minute window per client, on this node. */
  private boolean allowed(UUID client) {
    long minute = clock.millis() / 60_000;
    Window window =
        windows.compute(
            client, (id, w) -> w == null || w.minute != minute ? new Window(minute) : w);
    return window.count.incrementAndGet() <= perMinute;
  }

  private static final class Window {
    final long minute;
    final AtomicInteger count = new AtomicInteger();

    Window(long minute) {
      this.minute = minute;
    }
  }
}
