package org.samakki;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Finds the command named by the arguments among those the modules offer and runs it. */
@Component
public class Commands {

  private static final Logger log = LoggerFactory.getLogger(Commands.class);
  static final int USAGE = 64;

  private final List<Command> commands;

  Commands(ObjectProvider<Command> commands) {
    this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
  }

  /** Arguments name a command when the first one is a word rather than an option. */
  static boolean isCommandLine(String[] args) {
    return args.length > 0 && !args[0].startsWith("-");
  }

  public int run(String[] args, PrintStream out) {
    List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).toList();
    Optional<Command> command = find(words);
    if (command.isEmpty()) {
      printUsage(words, out);
      return words.equals(List.of("help")) ? 0 : USAGE;
    }
    int nameLength = command.get().name().split(" ").length;
    CommandArguments arguments = new CommandArguments(words.subList(nameLength, words.size()));
    try {
      return command.get().run(arguments, out);
    } catch (IllegalArgumentException e) {
      out.println("Error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      log.error("Command '{}' failed", command.get().name(), e);
      out.println("Error: the command failed (" + e.getClass().getSimpleName() + "); see the log.");
      return 1;
    }
  }

  private Optional<Command> find(List<String> words) {
    return commands.stream()
        .filter(c -> startsWith(words, List.of(c.name().split(" "))))
        .max(Comparator.comparingInt(c -> c.name().length()));
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
  }

  private void printUsage(List<String> words, PrintStream out) {
    if (!words.equals(List.of("help"))) {
      out.println("Unknown command: " + String.join(" ", words));
    }
    out.println("Usage: java -jar samakki.jar <command> [options]");
    out.println("Commands:");
    for (Command command : commands) {
      out.printf("  %-28s %s%n", command.name(), command.summary());
    }
    if (commands.isEmpty()) {
      out.println("  (none)");
    }
  }
}
