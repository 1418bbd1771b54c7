/**
 * What the credit model reads about one merchant: one record per SPEC §6 data block, each optional
 * except the identity, with money as plain {@code BigDecimal} in the profile's currency. The
 * ingestion feature validates request bodies and maps them to these records; the records only guard
 * what the model itself relies on (no nulls inside a block, no negative counts).
 */
package com.opensylo.scoring.profile;
