package org.samakki.access;

import org.samakki.access.policy.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** Loads the one policy file every decision is taken from. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

  @Bean
  AccessPolicy accessPolicy() {
    return AccessPolicy.load(new ClassPathResource(AccessPolicy.LOCATION));
  }
}
