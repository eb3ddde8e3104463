package org.samakki;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Runs the benchmarks kept in the test sources (so that comparison engines such as Duke never ship
 * in the application). Started by the {@code bench} script at the repository root.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    List<Benchmark> benchmarks = discover();
    Optional<Benchmark> chosen =
        args.length == 0
            ? Optional.empty()
            : benchmarks.stream().filter(b -> b.name().equals(args[0])).findFirst();
    if (chosen.isEmpty()) {
      System.out.println("Usage: ./bench <name> [options]");
      benchmarks.forEach(b -> System.out.printf("  %-22s %s%n", b.name(), b.summary()));
      System.exit(args.length == 0 ? 0 : 64);
      return;
    }
    chosen.get().run(new CommandArguments(Arrays.asList(args).subList(1, args.length)), System.out);
    System.exit(0);
  }

  private static List<Benchmark> discover() throws ReflectiveOperationException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Benchmark.class));
    List<Benchmark> found = new java.util.ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.samakki")) {
      var type = Class.forName(definition.getBeanClassName());
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      found.add((Benchmark) constructor.newInstance());
    }
    found.sort(Comparator.comparing(Benchmark::name));
    return found;
  }
}
