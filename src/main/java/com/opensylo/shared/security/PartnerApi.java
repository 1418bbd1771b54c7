package com.opensylo.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the partner API: it needs an OAuth access token issued by the authorization server to a
 * client (audience {@code opensylo.oauth.audience}, a {@code client_id} claim). Anything else, a
 * dashboard JWT included, gets 401 {@code invalid_token}. {@link RequiresScope} implies it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PartnerApi {}
