/** Time as a dependency: the injectable {@link java.time.Clock} every rule about time reads. */
package com.opensylo.shared.time;
