package org.marsad.enrich;

/**
 * The parts of a document the tagger reads. Boilerplate is not among them: the labelling guide
 * counts only the article's own title and body.
 *
 * @param title the headline, or null
 * @param abstractText the lead given separately, or null
 * @param body the body without boilerplate
 */
public record TaggableText(String title, String abstractText, String body) {}
