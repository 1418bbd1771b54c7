/** Small text rules shared by features, so that two features never disagree on them. */
package com.opensylo.shared.text;
