package org.samakki;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Samakki, the shared migration information system: one server with a web interface, or one command
 * of its command line (`java -jar samakki.jar audit verify`) when arguments name one.
 */
@SpringBootApplication
@Modulithic(systemName = "Samakki")
public class Samakki {

  public static void main(String[] args) {
    if (Commands.isCommandLine(args)) {
      System.exit(runCommand(args));
    }
    SpringApplication.run(Samakki.class, args);
  }

  /** Today and now in Thailand (or the configured zone), replaceable in tests. */
  @Bean
  Clock clock(@Value("${samakki.time-zone}") ZoneId zone) {
    return Clock.system(zone);
  }

  /** Runs one command without the web server and returns its exit code. */
  static int runCommand(String[] args) {
    SpringApplication application = new SpringApplication(Samakki.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setAdditionalProfiles("command");
    application.setLogStartupInfo(false);
    String[] springArgs =
        Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
    try (ConfigurableApplicationContext context = application.run(springArgs)) {
      return context.getBean(Commands.class).run(args, System.out);
    }
  }
}
