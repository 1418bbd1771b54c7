/** Cross-cutting authorization: the OAuth scope a bearer-protected endpoint requires. */
package com.opensylo.shared.security;
