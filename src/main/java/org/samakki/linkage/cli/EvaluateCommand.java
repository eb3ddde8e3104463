package org.samakki.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/** Measures how well deduplication finds the people of a labelled CSV file. */
@Component
class EvaluateCommand implements Command {

  @Override
  public String name() {
    return "linkage evaluate";
  }

  @Override
  public String summary() {
    return "--input IN.csv with true_id [--model FILE]: pairwise precision, recall and F1";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) throws IOException {
    return LinkageTasks.evaluate(arguments, out);
  }
}
