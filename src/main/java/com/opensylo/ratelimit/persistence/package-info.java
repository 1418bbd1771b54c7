/**
 * The window counts in table {@code rate_limit_window}, in native SQL that H2 and MariaDB share.
 */
package com.opensylo.ratelimit.persistence;
