package org.marsad.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.Lang;
import org.marsad.enrich.FacetLabels;
import org.marsad.index.IndexException;
import org.marsad.index.IndexUnavailableException;
import org.marsad.index.DocumentIndex;
import org.marsad.pipeline.IngestPipeline;
import org.marsad.ingest.IngestOutcome;
import org.marsad.ingest.IngestSource;
import org.marsad.search.InvalidQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents: one by id, uploads, deletion (see API.md). */
@RestController
@RequestMapping("/api/documents")
@Validated
class DocumentController {

  private static final String WAIT_SEARCHABLE = "searchable";

  private final DocumentIndex index;
  private final IngestPipeline pipeline;
  private final FacetLabels labels;

  DocumentController(DocumentIndex index, IngestPipeline pipeline, FacetLabels labels) {
    this.index = index;
    this.pipeline = pipeline;
    this.labels = labels;
  }

  /** One document; a long body in windows ({@code bodyOffset}, {@code bodyLength}), evidence capped per tag. */
  @GetMapping("/{id}")
  DocumentView get(@PathVariable String id, @RequestParam(defaultValue = "ar") String lang,
      @RequestParam(defaultValue = "0") @Min(0) int bodyOffset,
      @RequestParam(defaultValue = "100000") @Min(1) @Max(DocumentView.MAX_BODY_WINDOW) int bodyLength,
      @RequestParam(defaultValue = "100") @Min(0) @Max(DocumentView.MAX_EVIDENCE) int evidenceLimit)
      throws IndexException {
    Lang language = SearchController.language(lang);
    DocumentView.Window window = new DocumentView.Window(bodyOffset, bodyLength, evidenceLimit);
    return index.get(id)
        .map(d -> DocumentView.of(d, labels, language, window))
        .orElseThrow(() -> new NotFoundException("No document with id '" + id + "'"));
  }

  /**
   * Multipart upload of one or more {@code file} parts; one outcome per file (or article). With
   * {@code wait=searchable} the answer comes once the indexed documents can be found by search
   * (a shared soft commit); without it, within about a second after the answer. While Solr is
   * unavailable the answer is a 503 problem detail, and the files are kept as retryable failures.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<UploadResponse> upload(
      @RequestPart("file") List<MultipartFile> files,
      @RequestParam(required = false) String wait) throws IndexException {
    boolean searchable = waitSearchable(wait);
    List<IngestSource> sources = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
          ? "upload" : file.getOriginalFilename();
      // Streamed from the container's temporary file (multipart goes to disk), never held whole.
      sources.add(IngestSource.ofUpload(name, file.getSize(), file::getInputStream));
    }
    List<IngestOutcome> outcomes;
    try {
      outcomes = pipeline.ingest(sources);
    } catch (IndexUnavailableException e) {
      // Nothing of this upload was acknowledged: keep every file, so it can be retried as it came.
      throw new UploadKeptException(e, pipeline.keepForRetry(sources, "Solr was unavailable: " + e.getMessage()));
    }
    boolean anyIndexed = outcomes.stream().anyMatch(o -> o.status() == IngestOutcome.Status.INDEXED);
    if (searchable && anyIndexed) {
      index.awaitSearchable();
    }
    return ResponseEntity.status(anyIndexed ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new UploadResponse(outcomes));
  }

  private static boolean waitSearchable(String wait) {
    if (wait == null) {
      return false;
    }
    if (!WAIT_SEARCHABLE.equals(wait)) {
      throw new InvalidQueryException("'wait' takes one value: searchable (answer once the documents can be found)");
    }
    return true;
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) throws IndexException {
    if (!index.delete(id)) {
      throw new NotFoundException("No document with id '" + id + "'");
    }
    return ResponseEntity.noContent().build();
  }

  /** The outcome of an upload, one entry per file (or per article of a multi-article file). */
  record UploadResponse(List<IngestOutcome> documents) {}
}
