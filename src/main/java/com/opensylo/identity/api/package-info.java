/** REST adapters of the identity feature. */
package com.opensylo.identity.api;
