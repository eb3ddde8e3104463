package org.samakki;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, without a stack trace, which database setting to change and how. */
class DatabaseNotDurableFailureAnalyzer
    extends AbstractFailureAnalyzer<DatabaseNotDurableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotDurableException cause) {
    String fix =
        String.format(
            "Turn it on in the PostgreSQL server, for example as a superuser:%n"
                + "    ALTER SYSTEM SET %s = 'on';%n"
                + "    SELECT pg_reload_conf();%n"
                + "and check that no role or database overrides it (ALTER ROLE/DATABASE ... SET)%n"
                + "and that the server is not started with -F or -c %s=off.",
            cause.setting(), cause.setting());
    return new FailureAnalysis(cause.getMessage(), fix, cause);
  }
}
