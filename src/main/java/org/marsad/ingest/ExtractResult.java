package org.marsad.ingest;

import java.util.List;

/**
 * The outcome of extracting one file: a failure is a value with a reason, not an exception, so a
 * batch records it and goes on.
 *
 * @param documents the articles found (one for most files; several for archives or news XML)
 * @param failureReason why nothing could be read, or null on success
 */
public record ExtractResult(List<ExtractedDocument> documents, String failureReason) {

  public ExtractResult {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public static ExtractResult of(ExtractedDocument document) {
    return new ExtractResult(List.of(document), null);
  }

  public static ExtractResult failed(String reason) {
    return new ExtractResult(List.of(), reason);
  }

  public boolean failed() {
    return failureReason != null;
  }
}
