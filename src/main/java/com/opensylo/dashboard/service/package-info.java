/**
 * Dashboard sign-in (password check, lockout, the 24-hour dashboard JWT), the signed-in user's
 * account and user admission, their configuration, and the dashboard's error catalogue.
 */
package com.opensylo.dashboard.service;
