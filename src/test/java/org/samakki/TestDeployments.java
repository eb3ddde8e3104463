package org.samakki;

import org.springframework.mock.env.MockEnvironment;

/** Deployments in each mode, for tests of what depends on the mode. */
public final class TestDeployments {

  private TestDeployments() {}

  public static Deployment production() {
    return new Deployment(new MockEnvironment().withProperty("samakki.mode", "production"));
  }

  public static Deployment demo() {
    return new Deployment(new MockEnvironment().withProperty("samakki.mode", "demo"));
  }
}
