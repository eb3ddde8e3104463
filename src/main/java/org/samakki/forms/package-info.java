/**
 * Form definitions as XForms, their versions and translations, shared by field data collection and
 * the other modules' configurable forms.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = "audit")
package org.samakki.forms;

import org.springframework.modulith.ApplicationModule;
