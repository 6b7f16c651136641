package org.marsad.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What extraction made of one file: the article's text with boilerplate cut out, and its metadata.
 *
 * @param fileName the original file name (never a server path)
 * @param contentType the detected media type
 * @param title the headline, or null when none was found
 * @param abstractText a lead or summary given separately by the source (ANT's ABSTRACT), or null
 * @param body the article's own text: the body without navigation, bylines and related links
 * @param boilerplate what was cut from the body, kept for display and never searched or tagged
 * @param author the author or byline, or null
 * @param published when the article was published, or null when unknown
 * @param source the outlet, or null
 * @param url the article's URL, or null
 * @param language ISO 639-1 code of the text's language, or null when undetermined
 * @param category the outlet's own section (ANT's CAT), or null
 * @param pageCount pages of a paged format (PDF, DOCX), or null
 * @param warnings what went wrong without stopping extraction (truncation, suspected mojibake)
 */
public record ExtractedDocument(
    String fileName,
    String contentType,
    String title,
    String abstractText,
    String body,
    List<String> boilerplate,
    String author,
    Instant published,
    String source,
    String url,
    String language,
    String category,
    Integer pageCount,
    List<String> warnings) {

  public ExtractedDocument {
    boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    body = body == null ? "" : body;
  }

  /** The text an article is identified, tagged and searched by: title, abstract and body. */
  public String mainText() {
    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title).append('\n');
    }
    if (abstractText != null) {
      text.append(abstractText).append('\n');
    }
    return text.append(body).toString();
  }

  /** A copy with checked text and the metadata found after extraction. */
  public ExtractedDocument withText(
      String newTitle, String newBody, String newLanguage, Instant newPublished, List<String> moreWarnings) {
    List<String> allWarnings = new java.util.ArrayList<>(warnings);
    allWarnings.addAll(moreWarnings);
    return new ExtractedDocument(
        fileName, contentType, newTitle, abstractText, newBody, boilerplate, author, newPublished,
        source, url, newLanguage, category, pageCount, allWarnings);
  }
}
