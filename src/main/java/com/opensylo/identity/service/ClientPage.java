package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import java.util.List;

/** One page of clients, oldest first. */
public record ClientPage(List<OAuthClient> clients, int page, int pageSize, long total) {}
