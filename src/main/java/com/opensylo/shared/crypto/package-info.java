/**
 * Cryptography several features share: the platform master key and the keys derived from it, keyed
 * hashing of compared secrets ({@link com.opensylo.shared.crypto.SecretHasher}), encryption of
 * secrets that must be read back ({@link com.opensylo.shared.crypto.MasterKeyCipher}), password
 * hashing ({@link com.opensylo.shared.crypto.PasswordHasher}) and random values ({@link
 * com.opensylo.shared.crypto.Secrets}). It knows no feature: the database rows the master key
 * source needs come through {@link com.opensylo.shared.crypto.MasterKeyDatabase}.
 */
package com.opensylo.shared.crypto;
