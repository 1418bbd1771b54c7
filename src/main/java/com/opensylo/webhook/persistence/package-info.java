/** JPA implementation of the webhook delivery repository. */
package com.opensylo.webhook.persistence;
