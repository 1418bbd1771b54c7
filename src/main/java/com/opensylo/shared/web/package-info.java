/**
 * HTTP plumbing shared by every feature: the JAX-RS application, request correlation, request-size
 * limits and JSON-B settings. Nothing here knows about a product feature.
 */
package com.opensylo.shared.web;
