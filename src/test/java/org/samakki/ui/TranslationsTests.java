package org.samakki.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message of every bundle exists in all six languages, so no reader meets an English fallback
 * or a raw key.
 */
class TranslationsTests {

  @Test
  void everyMessageIsTranslatedIntoEveryLanguage() throws IOException {
    Resource[] bases =
        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
    List<String> missing = new ArrayList<>();
    int bundles = 0;
    for (Resource base : bases) {
      String file = base.getFilename();
      if (file == null || file.contains("_")) {
        continue;
      }
      bundles++;
      String bundle = file.replace(".properties", "");
      Set<String> keys = load(base).stringPropertyNames();
      for (Language language : Language.values()) {
        if (language == Language.ENGLISH) {
          continue;
        }
        Resource translated = base.createRelative(bundle + "_" + language.tag() + ".properties");
        Properties messages = translated.exists() ? load(translated) : new Properties();
        for (String key : new TreeSet<>(keys)) {
          String text = messages.getProperty(key);
          if (text == null || text.isBlank()) {
            missing.add(bundle + "_" + language.tag() + ": " + key);
          }
        }
        Set<String> extra = new TreeSet<>(messages.stringPropertyNames());
        extra.removeAll(keys);
        extra.forEach(k -> missing.add(bundle + "_" + language.tag() + " has unknown key " + k));
      }
    }
    assertThat(bundles).isGreaterThanOrEqualTo(2);
    assertThat(missing).isEmpty();
  }

  private static Properties load(Resource resource) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
