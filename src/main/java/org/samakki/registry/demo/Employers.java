package org.samakki.registry.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.samakki.registry.Sector;

/** Demo employers: a pool per province and sector, a few large and many small. */
final class Employers {

  private static final List<String> WORDS =
      List.of(
          "Siam",
          "Golden",
          "Andaman",
          "Mekong",
          "Chao Phraya",
          "Lotus",
          "Rattana",
          "Srisuk",
          "Thanakorn",
          "Pattana",
          "Sombat",
          "Charoen",
          "Wattana",
          "Rungrueang",
          "Boonmee",
          "Mahachai");

  /** An employer as import files name it. */
  record Employer(String ref, String name) {}

  private final Map<String, List<Employer>> pools = new HashMap<>();
  private final long seed;

  Employers(long seed) {
    this.seed = seed;
  }

  Employer pick(String province, Sector sector, SplittableRandom random) {
    List<Employer> pool = pools.computeIfAbsent(province + sector, k -> pool(province, sector));
    // a few large employers take most workers
    int index =
        (int)
            Math.min(pool.size() - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * pool.size()));
    return pool.get(index);
  }

  private List<Employer> pool(String province, Sector sector) {
    SplittableRandom random =
        new SplittableRandom(seed + province.hashCode() * 31L + sector.ordinal());
    int size = 40 + random.nextInt(80);
    java.util.ArrayList<Employer> pool = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name =
          WORDS.get(random.nextInt(WORDS.size()))
              + " "
              + WORDS.get(random.nextInt(WORDS.size()))
              + " "
              + suffix(sector);
      pool.add(new Employer(String.format("E%s%02d%04d", province, sector.ordinal(), i), name));
    }
    return List.copyOf(pool);
  }

  private static String suffix(Sector sector) {
    return switch (sector) {
      case SEAFOOD_PROCESSING -> "Seafood Co., Ltd.";
      case FISHING -> "Fishery";
      case MANUFACTURING -> "Industry Co., Ltd.";
      case CONSTRUCTION -> "Construction Co., Ltd.";
      case AGRICULTURE -> "Farm";
      case DOMESTIC_WORK -> "Household";
      case HOSPITALITY -> "Hotel & Resort";
      case SERVICES -> "Services Co., Ltd.";
      case TRADE -> "Trading";
    };
  }
}
