/**
 * What ingestion stores and the rules it applies to raw input: the factory that turns a submitted
 * JSON body into validated {@link com.opensylo.merchant.domain.MerchantData} (or refuses it with
 * every bad field named), the data blocks and the scope each needs, merchant links, the history of
 * accepted submissions, and the feature's error catalogue.
 */
package com.opensylo.merchant.domain;
