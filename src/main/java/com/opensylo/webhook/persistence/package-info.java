/** JPA implementations of the webhook endpoint and delivery repositories. */
package com.opensylo.webhook.persistence;
