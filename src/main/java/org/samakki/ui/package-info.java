/**
 * The application shell every page lives in: one layout, the navigation that modules contribute as
 * data, the home page, error pages in the user's language, the language switch (English, Thai,
 * Burmese, Khmer, Lao, Vietnamese) and the calendar switch (Gregorian or Buddhist era).
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = "access")
package org.samakki.ui;

import org.springframework.modulith.ApplicationModule;
