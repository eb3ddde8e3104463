package org.samakki.access.signin;

import org.samakki.Deployment;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The security of every request: deny by default through the policy's endpoint rules, sign-in with
 * password and second factor, sessions re-checked on every request, API tokens, CSRF protection on
 * every state change, and headers that let the browser load nothing from another origin (DP-22).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
          + "base-uri 'none'; manifest-src 'self'";

  /** Health and metrics live on the management port, bound to this machine by default. */
  @Bean
  @Order(1)
  SecurityFilterChain management(HttpSecurity http) throws Exception {
    http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(
      HttpSecurity http,
      EndpointAuthorization endpoints,
      AccountAuthentication accounts,
      SignInOutcomes outcomes,
      SignInThrottle throttle,
      SessionGuard guard,
      ApiClientAuthentication apiClients,
      Refusals refusals,
      SignOutAudit signOut)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().access(endpoints))
        .authenticationProvider(accounts)
        .formLogin(
            form ->
                form.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .successHandler(outcomes)
                    .failureHandler(outcomes))
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .addLogoutHandler(signOut)
                    .logoutSuccessUrl("/sign-in?signedOut")
                    .invalidateHttpSession(true))
        .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(ApiClientAuthentication::carriesToken))
        .exceptionHandling(
            errors -> errors.accessDeniedHandler(refusals).authenticationEntryPoint(refusals))
        .addFilterAfter(apiClients, SecurityContextHolderFilter.class)
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(guard, AuthorizationFilter.class)
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000))
                    .permissionsPolicyHeader(
                        permissions ->
                            permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
    return http.build();
  }

  /**
   * The session cookie: {@code __Host-} prefixed, Secure, HttpOnly and SameSite=Lax in production;
   * without Secure (and so without the prefix) in demo mode on plain HTTP.
   */
  @Bean
  CookieSerializer cookieSerializer(Deployment deployment) {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName(deployment.secureCookies() ? "__Host-samakki" : "samakki-session");
    cookie.setUseSecureCookie(deployment.secureCookies());
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    cookie.setCookiePath("/");
    return cookie;
  }
}
