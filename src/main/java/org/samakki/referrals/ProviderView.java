package org.samakki.referrals;

import java.util.List;
import org.samakki.access.PolicyResource;

/** A provider of the directory as the policy's {@code service-provider} resource shows it. */
@PolicyResource("service-provider")
public record ProviderView(
    String id,
    String agencyName,
    String name,
    List<String> services,
    List<String> provinces,
    List<String> languages,
    String contact) {}
