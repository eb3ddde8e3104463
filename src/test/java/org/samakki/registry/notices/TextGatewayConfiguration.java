package org.samakki.registry.notices;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A deployment's text-message gateway, as the notice tests provide it. */
@TestConfiguration(proxyBeanMethods = false)
class TextGatewayConfiguration {

  @Bean
  NoticeTestContext.RecordingGateway recordingGateway() {
    return new NoticeTestContext.RecordingGateway();
  }
}
