package org.samakki;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/** Each style rule fails on code that breaks it, so a green ArchitectureTests means something. */
class ArchitectureRulesTests {

  @Test
  void aHelperClassBreaksTheNamingRule() {
    assertFails(ArchitectureRules.NO_VAGUE_CLASS_NAMES, PersonHelper.class);
    assertPasses(ArchitectureRules.NO_VAGUE_CLASS_NAMES, Persons.class);
  }

  @Test
  void aPublicControllerBreaksTheControllerRule() {
    assertFails(ArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC, PublicController.class);
    assertPasses(ArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC, HiddenController.class);
  }

  @Test
  void aTransactionalControllerMethodBreaksTheTransactionRule() {
    assertFails(ArchitectureRules.NO_TRANSACTIONS_ON_CONTROLLERS, TransactionalController.class);
  }

  @Test
  void anAutowiredFieldBreaksTheInjectionRule() {
    assertFails(ArchitectureRules.NO_FIELD_INJECTION, FieldInjected.class);
    assertPasses(ArchitectureRules.NO_FIELD_INJECTION, Persons.class);
  }

  @Test
  void usingJavaUtilDateBreaksTheDateRule() {
    assertFails(ArchitectureRules.NO_LEGACY_DATES, UsesDate.class);
    assertPasses(ArchitectureRules.NO_LEGACY_DATES, Persons.class);
  }

  @Test
  void aRuleThatMatchesNothingFails() {
    // No controller among these classes: the controller rule has nothing to check.
    assertFails(ArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC, Persons.class);
  }

  private static void assertFails(ArchRule rule, Class<?>... fixtures) {
    assertThatThrownBy(() -> rule.check(classes(fixtures))).isInstanceOf(AssertionError.class);
  }

  private static void assertPasses(ArchRule rule, Class<?>... fixtures) {
    assertThatCode(() -> rule.check(classes(fixtures))).doesNotThrowAnyException();
  }

  private static JavaClasses classes(Class<?>... fixtures) {
    return new ClassFileImporter().importClasses(fixtures);
  }

  static class PersonHelper {}

  static class Persons {
    private final String name;

    Persons(String name) {
      this.name = name;
    }

    String name() {
      return name;
    }
  }

  @Controller
  public static class PublicController {}

  @Controller
  static class HiddenController {}

  @Controller
  static class TransactionalController {
    @Transactional
    @GetMapping("/x")
    String page() {
      return "x";
    }
  }

  static class FieldInjected {
    @Autowired Persons persons;
  }

  static class UsesDate {
    Date created = new Date();
  }
}
