package org.samakki.geo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samakki.geo.AdminArea;

/** An area as a choice in a list: its name and the larger areas that tell it apart. */
public record AreaOption(AdminArea area, String name, String context) {

  static AreaOption of(AdminArea area, List<AdminArea> path, Locale locale) {
    List<String> containing = new ArrayList<>();
    for (int i = path.size() - 2; i >= 0; i--) {
      containing.add(path.get(i).name(locale));
    }
    String context = String.join(" · ", containing);
    return new AreaOption(area, area.name(locale), context);
  }
}
