package org.samakki.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.samakki.access.AccessControl;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The navigation of the shell, contributed by each module as data in {@code
 * navigation/<module>.json}, and shown to each user only where their role may go.
 */
@Component("navigation")
public class Navigation {

  static final String LOCATION = "classpath*:navigation/*.json";
  static final String ADMINISTRATION = "admin";

  /**
   * One menu entry: message keys for its label and description, the path, its place, its group
   * (“main” or “admin”) and the permission it needs (“resource:action”; none for any signed-in
   * user).
   */
  public record Item(
      String id,
      String label,
      String description,
      String path,
      int order,
      String group,
      String permission) {
    public Item {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("Navigation item " + id + " needs a local path");
      }
      if (permission != null && !permission.matches("[a-z-]+:[a-z-]+")) {
        throw new IllegalArgumentException("Navigation item " + id + " has a malformed permission");
      }
      group = group == null ? "main" : group;
    }
  }

  private final List<Item> items;
  private final AccessControl access;

  Navigation(AccessControl access) {
    this.access = access;
    this.items = load();
  }

  /** The main menu entries the signed-in user may open. */
  public List<Item> items() {
    return visible("main");
  }

  /** The administration pages the signed-in user may open. */
  public List<Item> administration() {
    return visible(ADMINISTRATION);
  }

  /** Everything the signed-in user may open, for the home page. */
  public List<Item> home() {
    List<Item> home = new ArrayList<>(items());
    home.addAll(administration());
    return home;
  }

  public List<Item> all() {
    return items;
  }

  private List<Item> visible(String group) {
    if (access.findActor().isEmpty()) {
      return List.of();
    }
    return items.stream()
        .filter(i -> i.group().equals(group))
        .filter(i -> i.permission() == null || allowed(i.permission()))
        .toList();
  }

  private boolean allowed(String permission) {
    String[] parts = permission.split(":");
    return access.can(parts[0], parts[1]);
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
