package org.samakki.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The navigation of the shell, contributed by each module as data in {@code
 * navigation/<module>.json}, so that the shell depends on no module and a module needs no code to
 * appear in the menu.
 */
@Component("navigation")
public class Navigation {

  static final String LOCATION = "classpath*:navigation/*.json";

  /** One menu entry: message keys for its label and description, the path, and its place. */
  public record Item(String id, String label, String description, String path, int order) {
    public Item {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("Navigation item " + id + " needs a local path");
      }
    }
  }

  private final List<Item> items;

  Navigation() {
    this.items = load();
  }

  public List<Item> items() {
    return items;
  }

  private static List<Item> load() {
    JsonMapper json = JsonMapper.builder().build();
    List<Item> items = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        try (InputStream in = resource.getInputStream()) {
          items.addAll(List.of(json.readValue(in, Item[].class)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the navigation files", e);
    }
    items.sort(Comparator.comparingInt(Item::order).thenComparing(Item::id));
    return List.copyOf(items);
  }
}
