package org.marsad.api;

import jakarta.validation.ConstraintViolationException;
import org.marsad.index.IndexException;
import org.marsad.search.InvalidQueryException;
import org.marsad.search.SearchLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error the API returns is an RFC 9457 problem detail with a {@code detail} a person can act
 * on. Users' mistakes are 4xx; Solr being unreachable is 503; anything unexpected is a 500 whose
 * body says nothing of the internals (the log has the stack trace).
 */
@RestControllerAdvice
class ProblemDetails {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);
  /** What a 503 suggests to wait before trying again. */
  private static final int RETRY_AFTER_SECONDS = 10;

  @ExceptionHandler(InvalidQueryException.class)
  ProblemDetail invalid(InvalidQueryException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at /" + e.getResourcePath());
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class,
    MethodArgumentTypeMismatchException.class,
    ConstraintViolationException.class,
    HandlerMethodValidationException.class,
    BindException.class,
    MultipartException.class,
    org.springframework.http.converter.HttpMessageNotReadableException.class
  })
  ProblemDetail badRequest(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", describe(e));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large",
        "The upload is larger than the server accepts (" + e.getMaxUploadSize() + " bytes at most)");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", e.getMessage());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", e.getMessage());
  }

  @ExceptionHandler(SearchLimitException.class)
  ResponseEntity<ProblemDetail> searchLimit(SearchLimitException e) {
    ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
        e.busy() ? "Search busy" : "Search stopped", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, e.busy() ? "1" : "10")
        .body(problem);
  }

  @ExceptionHandler(IndexException.class)
  ResponseEntity<ProblemDetail> unavailable(IndexException e) {
    log.warn("Solr unavailable ({}): {}", e.getMessage(), e.solrMessage());
    log.debug("Solr failure", e);
    // Never Solr's message: it holds the node's URL and the request's parameters.
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Search index unavailable",
            "The search index did not answer; try again shortly."));
  }

  @ExceptionHandler(UploadKeptException.class)
  ResponseEntity<ProblemDetail> uploadKept(UploadKeptException e) {
    IndexException cause = (IndexException) e.getCause();
    log.warn("Solr unavailable during an upload; {} files kept for retry ({}): {}", e.kept().size(),
        cause.getMessage(), cause.solrMessage());
    log.debug("Solr failure", e);
    ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Search index unavailable",
        "The search index did not answer, so nothing was indexed; the " + e.kept().size()
            + " file(s) were kept: retry each with POST /api/ingest/failures/{id}/retry once "
            + "/actuator/health is up, or upload again.");
    problem.setProperty("failures", e.kept().stream()
        .map(f -> Map.of("id", f.id(), "fileName", f.fileName(), "retryable", f.retryable()))
        .toList());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Something went wrong on the server; it has been logged.");
  }

  private static String describe(Exception e) {
    if (e instanceof MethodArgumentTypeMismatchException m) {
      return "Parameter '" + m.getName() + "' has an invalid value '" + m.getValue() + "'";
    }
    if (e instanceof BindException b) {
      return b.getFieldErrors().stream()
          .map(err -> "Parameter '" + err.getField() + "' "
              + (err.isBindingFailure() ? "has an invalid value '" + err.getRejectedValue() + "'"
                  : err.getDefaultMessage()))
          .reduce((a, c) -> a + "; " + c)
          .orElse("Invalid parameters");
    }
    if (e instanceof HandlerMethodValidationException v) {
      return v.getAllErrors().stream()
          .map(err -> err.getDefaultMessage())
          .reduce((a, b) -> a + "; " + b)
          .orElse("Invalid parameters");
    }
    return e.getMessage();
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
