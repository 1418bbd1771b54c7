/**
 * Identity: who the caller is (bearer tokens, OAuth clients, the authorization server) and what it
 * may do.
 */
package com.opensylo.identity;
