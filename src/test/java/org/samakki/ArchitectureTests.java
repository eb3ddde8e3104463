package org.samakki;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Samakki's production code keeps to the style rules. */
@AnalyzeClasses(packages = "org.samakki", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest static final ArchRule vagueNames = ArchitectureRules.NO_VAGUE_CLASS_NAMES;
  @ArchTest static final ArchRule grabBagPackages = ArchitectureRules.NO_GRAB_BAG_PACKAGES;
  @ArchTest static final ArchRule controllers = ArchitectureRules.CONTROLLERS_ARE_NOT_PUBLIC;
  @ArchTest static final ArchRule transactions = ArchitectureRules.NO_TRANSACTIONS_ON_CONTROLLERS;
  @ArchTest static final ArchRule fieldInjection = ArchitectureRules.NO_FIELD_INJECTION;
  @ArchTest static final ArchRule legacyDates = ArchitectureRules.NO_LEGACY_DATES;
  @ArchTest static final ArchRule jpa = ArchitectureRules.NO_JPA;
  @ArchTest static final ArchRule javaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
