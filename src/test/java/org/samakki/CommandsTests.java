package org.samakki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The command line finds a module's command by its words and reports mistakes plainly. */
class CommandsTests {

  final List<CommandArguments> received = new ArrayList<>();
  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  final Command sweep =
      new Command() {
        @Override
        public String name() {
          return "registry sweep";
        }

        @Override
        public String summary() {
          return "re-derive statuses";
        }

        @Override
        public int run(CommandArguments arguments, PrintStream printer) {
          received.add(arguments);
          arguments.required("as-of");
          return 0;
        }
      };

  final Commands commands = commandsOf(sweep);

  @Test
  void theCommandNamedByTheFirstWordsGetsTheRest() {
    assertThat(commands.run(new String[] {"registry", "sweep", "--as-of", "2026-01-01"}, out))
        .isZero();
    assertThat(received.get(0).option("as-of")).contains("2026-01-01");
  }

  @Test
  void optionsMayBeWrittenWithAnEqualsSign() {
    commands.run(new String[] {"registry", "sweep", "--as-of=2026-01-01", "--dry-run"}, out);
    assertThat(received.get(0).option("as-of")).contains("2026-01-01");
    assertThat(received.get(0).flag("dry-run")).isTrue();
  }

  @Test
  void aMissingOptionIsExplainedWithoutAStackTrace() {
    assertThat(commands.run(new String[] {"registry", "sweep"}, out)).isEqualTo(2);
    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("Missing option --as-of")
        .doesNotContain("Exception");
  }

  @Test
  void anUnknownCommandListsTheKnownOnes() {
    assertThat(commands.run(new String[] {"registry", "nonsense"}, out)).isEqualTo(Commands.USAGE);
    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("Unknown command: registry nonsense")
        .contains("registry sweep");
  }

  @Test
  void argumentsThatStartWithAnOptionStartTheServerInstead() {
    assertThat(Commands.isCommandLine(new String[] {"--server.port=9090"})).isFalse();
    assertThat(Commands.isCommandLine(new String[] {"audit", "verify"})).isTrue();
    assertThat(Commands.isCommandLine(new String[0])).isFalse();
  }

  private static Commands commandsOf(Command... commands) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    for (Command command : commands) {
      beans.addBean(command.name(), command);
    }
    return new Commands(beans.getBeanProvider(Command.class));
  }
}
