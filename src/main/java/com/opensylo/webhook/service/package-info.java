/** Webhook settings of a marketplace (URL, enabled, secret rotation) and its delivery log. */
package com.opensylo.webhook.service;
