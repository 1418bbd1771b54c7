/** Dashboard sign-in (password check, lockout, the 24-hour dashboard JWT) and its configuration. */
package com.opensylo.dashboard.service;
