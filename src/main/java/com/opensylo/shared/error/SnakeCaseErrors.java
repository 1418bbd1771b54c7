package com.opensylo.shared.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource of the identity admin API, whose errors carry a snake_case {@code error} (seed
 * 003 and SPEC §5: {@code {"error":"not_found","message":"Client not found"}}) instead of the HTTP
 * reason phrase. Every other key of {@link ApiError} is unchanged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SnakeCaseErrors {}
