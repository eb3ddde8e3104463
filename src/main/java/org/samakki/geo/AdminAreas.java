package org.samakki.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Thailand's administrative areas, for looking up a code, walking from a province down to its
 * subdistricts, and finding an area by name as people type it.
 */
@Service
public class AdminAreas {

  private final Map<String, AdminArea> byCode;
  private final Map<String, List<AdminArea>> childrenByCode;
  private final List<AreaSearch.Entry> searchEntries;

  AdminAreas(ThaiAdminDataset dataset) {
    Map<String, AdminArea> areas = new LinkedHashMap<>();
    Map<String, List<AdminArea>> children = new LinkedHashMap<>();
    for (AdminArea area : dataset.areas()) {
      areas.put(area.code(), area);
      area.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(area));
    }
    this.byCode = Collections.unmodifiableMap(areas);
    children.replaceAll((code, list) -> List.copyOf(list));
    this.childrenByCode = Collections.unmodifiableMap(children);
    this.searchEntries = dataset.areas().stream().map(AreaSearch.Entry::of).toList();
  }

  public Optional<AdminArea> findArea(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  public AdminArea getArea(String code) {
    return findArea(code).orElseThrow(() -> new UnknownAreaException(code));
  }

  public List<AdminArea> provinces() {
    return byCode.values().stream().filter(a -> a.level() == AreaLevel.PROVINCE).toList();
  }

  public List<AdminArea> children(String code) {
    getArea(code);
    return childrenByCode.getOrDefault(code, List.of());
  }

  /** The area and the areas that contain it, from the province down. */
  public List<AdminArea> path(String code) {
    List<AdminArea> path = new ArrayList<>();
    for (Optional<AdminArea> area = Optional.of(getArea(code));
        area.isPresent();
        area = area.get().parent().flatMap(this::findArea)) {
      path.add(0, area.get());
    }
    return List.copyOf(path);
  }

  /**
   * Areas whose Thai or English name contains the query (or whose code starts with it), best
   * matches first; {@code level} and {@code within} (an area code) narrow the search when given.
   */
  public List<AdminArea> search(String query, AreaLevel level, String within, int limit) {
    return search(query, level == null ? Set.of() : Set.of(level), within, limit);
  }

  /** As {@link #search(String, AreaLevel, String, int)}, at any of these levels (all if empty). */
  public List<AdminArea> search(String query, Set<AreaLevel> levels, String within, int limit) {
    if (within != null && findArea(within).isEmpty()) {
      throw new UnknownAreaException(within);
    }
    return AreaSearch.search(
        searchEntries, query, levels, within, Math.max(1, Math.min(limit, 50)));
  }

  public int count(AreaLevel level) {
    return (int) byCode.values().stream().filter(a -> a.level() == level).count();
  }
}
