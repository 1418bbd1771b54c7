/**
 * Cross-cutting authorization of the partner API: an OAuth access token for a client, and the scope
 * it needs.
 */
package com.opensylo.shared.security;
