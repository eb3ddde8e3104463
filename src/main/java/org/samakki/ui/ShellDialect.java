package org.samakki.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #era}, the reader's dates, so that no page formats years itself. */
@Component
class ShellDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String ERA = "era";

  private final ZoneId zone;

  ShellDialect(Clock clock) {
    super("samakki");
    this.zone = clock.getZone();
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(ERA);
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return ERA.equals(name) ? new EraDates(context.getLocale(), zone) : null;
      }

      @Override
      public boolean isCacheable(String name) {
        return false;
      }
    };
  }
}
