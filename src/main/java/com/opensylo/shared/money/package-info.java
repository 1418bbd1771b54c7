/** Money as a value: exact decimal amounts that always carry their ISO 4217 currency. */
package com.opensylo.shared.money;
