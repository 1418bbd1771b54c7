/** The operators' view of the security audit trail ({@code /v1/admin/audit-events}, snake_case). */
package com.opensylo.audit.api;
