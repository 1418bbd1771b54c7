/**
 * Start-up configuration checks shared by features: {@link
 * com.opensylo.shared.config.StartupRefusedException}, which stops the application when a setting
 * (the master key, the bootstrap admin secret) is missing or too weak.
 */
package com.opensylo.shared.config;
