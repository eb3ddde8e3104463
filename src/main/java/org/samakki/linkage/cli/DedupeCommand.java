package org.samakki.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/**
 * Writes the cluster id of every record of a CSV file: records of one cluster are probably one
 * person.
 */
@Component
class DedupeCommand implements Command {

  @Override
  public String name() {
    return "linkage dedupe";
  }

  @Override
  public String summary() {
    return "--input IN.csv --output OUT.csv [--model FILE] [--save-model FILE]: a cluster id per record";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) throws IOException {
    return LinkageTasks.dedupe(arguments, out);
  }
}
