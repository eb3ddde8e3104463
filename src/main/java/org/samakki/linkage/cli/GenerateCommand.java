package org.samakki.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/**
 * Writes synthetic registrations of the region, with duplicates and their true person, for tests.
 */
@Component
class GenerateCommand implements Command {

  @Override
  public String name() {
    return "linkage generate";
  }

  @Override
  public String summary() {
    return "--records N --output FILE [--seed S]: synthetic registrations with true_id";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) throws IOException {
    return LinkageTasks.generate(arguments, out);
  }
}
