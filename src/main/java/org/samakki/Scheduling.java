package org.samakki;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Daily sweeps and clean-ups run in the server, not in one-off commands. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "samakki.scheduling.enabled",
    havingValue = "true",
    matchIfMissing = true)
class Scheduling {}
