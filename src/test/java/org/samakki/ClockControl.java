package org.samakki;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces Samakki's clock with one that tests control; import it into a test's context. */
@TestConfiguration(proxyBeanMethods = false)
public class ClockControl {

  @Bean
  @Primary
  MutableClock mutableClock() {
    return new MutableClock(Instant.now(), ZoneId.of("Asia/Bangkok"));
  }
}
