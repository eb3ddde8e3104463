package org.samakki.access.accounts;

import org.samakki.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation has no default account. In production, a single-use setup token is printed
 * until the first administrator registers with it; in demo mode, one demo user per role is created
 * instead, its credentials printed and written to the data directory.
 */
@Component
class FirstRun implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

  private final Users users;
  private final Deployment deployment;
  private final DemoAccounts demo;
  private final SetupTokens tokens;
  private final TransactionTemplate transaction;
  private final boolean enabled;

  FirstRun(
      Users users,
      Deployment deployment,
      DemoAccounts demo,
      SetupTokens tokens,
      TransactionTemplate transaction,
      @Value("${samakki.first-run.enabled:true}") boolean enabled) {
    this.users = users;
    this.deployment = deployment;
    this.demo = demo;
    this.tokens = tokens;
    this.transaction = transaction;
    this.enabled = enabled;
  }

  @Override
  public void afterPropertiesSet() {
    if (!enabled) {
      return;
    }
    if (deployment.demo()) {
      demo.ensure();
    } else if (!users.any()) {
      String token = transaction.execute(status -> tokens.issue());
      log.warn(
          """

          ==================================================================
           Samakki has no user yet. Open /setup in a browser and enter this
           single-use setup token to register the first administrator:

               {}

           It is printed at every start until it has been used.
          ==================================================================""",
          token);
    }
  }
}
