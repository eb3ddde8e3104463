package org.samakki.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the view of a resource of the access policy: each of its components must be a
 * field declared for that resource in {@code access/policy.yml}, or the build fails (DP-04).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolicyResource {

  /** The resource's name in the policy file, such as {@code “user”}. */
  String value();
}
