/*
 * Compile-only stand-in, never packaged: the host's REST v2 plugin provides the real annotation.
 * Mirrors: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * (Platform 7 secure endpoints, April 2024; same package on Platform 8). Runtime retention, on types and methods,
 * so that the embedded host can enforce it the way the product does.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
