package org.samakki.geo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the bundled dataset once for the lookup service and the database copy. */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

  @Bean
  ThaiAdminDataset thaiAdminDataset() {
    return ThaiAdminDataset.load();
  }
}
