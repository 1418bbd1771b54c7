package com.opensylo.identity.api;

import java.util.List;

/** The verified caller of an admin request: the token's subject and its groups, sorted. */
public record WhoAmIResponse(String subject, List<String> groups) {}
