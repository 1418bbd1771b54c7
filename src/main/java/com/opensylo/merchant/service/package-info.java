/** Services behind the partner data API. */
package com.opensylo.merchant.service;
