/**
 * HTTP plumbing shared by every feature: the JAX-RS application, request correlation, request-size
 * limits, JSON-B settings, strict JSON reading (with how far a request number may reach) and the
 * Bean Validation traversable resolver for request bodies. Nothing here knows about a product
 * feature.
 */
package com.opensylo.shared.web;
