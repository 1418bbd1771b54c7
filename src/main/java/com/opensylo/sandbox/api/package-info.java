/** REST adapters of the sandbox feature. */
package com.opensylo.sandbox.api;
