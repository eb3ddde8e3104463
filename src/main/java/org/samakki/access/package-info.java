/**
 * Decides who may see and do what, down to the field. It owns agencies (the tenants), users, roles,
 * area scopes, sessions, the policy file of permissions and field tags, break-the-glass access and
 * data-sharing agreements, and the web security of every page (sign-in, CSRF, security headers).
 */
@ApplicationModule(
    displayName = "Access",
    allowedDependencies = {"audit", "geo"})
package org.samakki.access;

import org.springframework.modulith.ApplicationModule;
