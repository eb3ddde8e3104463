package org.samakki.access;

import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;

/**
 * How the role × field matrix reaches one resource of the policy through its JSON API. Each module
 * adds a probe (a public class with a no-argument constructor) for its resources, and the matrix
 * test finds it; no new matrix test is written.
 */
public interface ResourceProbe {

  String resource();

  /** A record owned by this agency; returns its id. */
  String create(TestAccounts accounts, Agency agency);

  /** The API path that reads (GET) and changes (PATCH) the record. */
  String path(String id);

  /** A valid value for a field, for a write that the field policy alone decides. */
  Object sample(String field);
}
