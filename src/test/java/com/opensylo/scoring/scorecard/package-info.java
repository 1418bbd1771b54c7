/** Tests of the scorecard's loading and validation. */
package com.opensylo.scoring.scorecard;
