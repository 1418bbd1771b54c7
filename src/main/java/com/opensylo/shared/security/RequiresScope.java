package com.opensylo.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope a bearer-protected resource method (or every method of a class) needs. Without a
 * valid token the caller gets 401 {@code invalid_token}; with a token lacking the scope, 403 {@code
 * insufficient_scope} naming it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
  String value();
}
