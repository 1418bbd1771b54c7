/**
 * Cross-cutting authorization: the partner API's OAuth access token for a client and the scope it
 * needs, the admin API's operator token, and the RFC 6749 form of scope lists.
 */
package com.opensylo.shared.security;
