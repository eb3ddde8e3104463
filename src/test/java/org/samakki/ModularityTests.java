package org.samakki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to the dependencies their package-info allows, and the module documentation in
 * docs/modules is regenerated from the code on every build, so the picture cannot drift.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(Samakki.class);
  static final String DOCS = "docs/modules";

  @Test
  void modulesOnlyUseWhatTheyDeclare() {
    MODULES.verify();
  }

  @Test
  void everyModuleOfTheArchitectureExists() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .containsExactlyInAnyOrder(
            "audit",
            "access",
            "geo",
            "linkage",
            "registry",
            "cases",
            "referrals",
            "forms",
            "surveys",
            "health",
            "indicators",
            "ui");
  }

  @Test
  void writesModuleDocumentationIntoTheRepository() throws Exception {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS))
        .writeDocumentation();
    assertThat(Path.of(DOCS, "components.puml")).exists();
    assertThat(Files.readString(Path.of(DOCS, "module-geo.adoc"))).contains("AdminAreas");
  }
}
