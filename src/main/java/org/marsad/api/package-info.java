/**
 * The HTTP API: Spring controllers, request and response records, and the one
 * {@code @RestControllerAdvice} that turns every error into an RFC 9457 problem detail.
 *
 * <p>Owns nothing but the web boundary: it validates parameters, calls the stages and renders
 * their records. It is the last stage; no other package imports it. Solr is reached only through
 * {@code search}, {@code index} and {@code pipeline}, never with a query built here.
 */
package org.marsad.api;
