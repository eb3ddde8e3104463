package org.samakki.access.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as Argon2id hashes with OWASP's parameters (19 MiB, 2 passes), after NFKC
 * normalisation; the stored prefix names the algorithm so parameters can be raised later.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

  @Bean
  PasswordEncoder passwordEncoder() {
    PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    DelegatingPasswordEncoder delegating =
        new DelegatingPasswordEncoder(
            "argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12)));
    return new PasswordEncoder() {
      @Override
      public String encode(CharSequence raw) {
        return delegating.encode(PasswordRules.normalise(raw.toString()));
      }

      @Override
      public boolean matches(CharSequence raw, String encoded) {
        return delegating.matches(PasswordRules.normalise(raw.toString()), encoded);
      }

      @Override
      public boolean upgradeEncoding(String encoded) {
        return delegating.upgradeEncoding(encoded);
      }
    };
  }
}
