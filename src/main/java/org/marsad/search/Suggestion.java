package org.marsad.search;

import org.marsad.enrich.ActorType;

import java.util.Map;

/**
 * One entry of the search box's list.
 *
 * @param type {@code actor}, {@code country}, {@code topic} or {@code title}
 * @param id the facet value's id, or the document's id for a title
 * @param kind {@code person} or {@code organization} for actors, else null
 * @param labels Arabic and English labels (a title has its own text in both)
 * @param label the label in the requested language
 * @param count documents with this facet value (null for titles)
 */
public record Suggestion(
    String type, String id, ActorType kind, Map<String, String> labels, String label, Long count) {}
