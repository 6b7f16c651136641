/**
 * Who may do what: the three roles, API keys (hashed at rest), bearer tokens from the
 * organisation's identity provider, the rules per endpoint, the audit log of state changes and
 * the security headers of every response. Imports {@code config} only; {@code api} uses it.
 */
package org.marsad.security;
