/** Operations: health checks and start-up bookkeeping that operators and orchestrators rely on. */
package com.opensylo.ops;
