/**
 * The one error shape of the API ({@link com.opensylo.shared.error.ApiError}, SPEC §2), the domain
 * exceptions features throw, and the mappers that turn every failure, expected or not, into that
 * shape.
 */
package com.opensylo.shared.error;
