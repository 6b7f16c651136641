package org.marsad.enrich;

import java.util.List;

/**
 * A name the knowledge base does not know, seen after a title (المشير، السفير، وزير) or written as
 * capitalised Latin words, with how often it was seen and a few of its contexts.
 *
 * @param name the name as first written
 * @param count how many times it was seen
 * @param examples up to three short contexts (the title and the name as written)
 */
public record DiscoveredName(String name, int count, List<String> examples) {}
