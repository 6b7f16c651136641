/**
 * Reaching Solr: the in-process node, a standalone URL or SolrCloud; the project's one configset
 * ({@code solr-config/}) and how it reaches a Solr home or ZooKeeper, with shipped and edited
 * paramsets reconciled; health.
 *
 * <p>Infrastructure the stages may import. Imports only {@code config}; never a stage,
 * {@code pipeline} or {@code api}.
 */
package org.marsad.solr;
