package org.samakki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The style rules of ARCHITECTURE.md that Spring Modulith does not check. */
final class ArchitectureRules {

  private ArchitectureRules() {}

  static final ArchRule NO_VAGUE_CLASS_NAMES =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Helpers")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .because("classes are named for what they are in the domain (package by feature)");

  static final ArchRule NO_GRAB_BAG_PACKAGES =
      noClasses()
          .should()
          .resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..", "..managers..")
          .because("code lives with the feature it serves");

  static final ArchRule CONTROLLERS_ARE_NOT_PUBLIC =
      classes()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .should()
          .notBePublic()
          .because("a module's web layer is not part of its public API");

  static final ArchRule NO_TRANSACTIONS_ON_CONTROLLERS =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Controller.class)
          .or()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RestController.class)
          .should()
          .beAnnotatedWith(Transactional.class)
          .because("transactions belong to application services");

  static final ArchRule NO_FIELD_INJECTION =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  static final ArchRule NO_LEGACY_DATES =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(java.util.Date.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.text.SimpleDateFormat.class)
          .because("dates are java.time values; java.util.Date confuses instants and days");

  static final ArchRule NO_JPA =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
          .because("SQL stays visible: JdbcClient and Spring Data JDBC only");

  static final ArchRule NO_JAVA_UTIL_LOGGING =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
