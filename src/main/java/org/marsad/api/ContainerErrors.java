package org.marsad.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller are problem details too: those Spring forwards to
 * {@code /error} (a filter's failure, a rejected request), and those Tomcat answers itself before
 * Spring sees the request (bad UTF-8 or a malformed path), which would otherwise get Tomcat's HTML
 * error page with its version.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorValve.class.getName());
      }
    });
  }

  /** Spring's error path: a problem detail whatever the client accepts (no HTML page). */
  @RestController
  static class ErrorProblems implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
          ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
      problem.setTitle(status.getReasonPhrase());
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      if (uri instanceof String path) {
        try {
          problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException e) {
          // A path that is no URI is left out.
        }
      }
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
  }

  static String detail(HttpStatus status) {
    return status.is5xxServerError()
        ? "Something went wrong on the server; it has been logged."
        : "The server could not accept this request (" + status.getReasonPhrase().toLowerCase()
            + "); check the URL, its encoding (UTF-8) and the headers.";
  }

  /** Tomcat's own error report, as a problem detail: no HTML, no server version. */
  public static class ProblemErrorValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ProblemErrorValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int code = response.getStatus();
      if (code < 400 || response.getContentWritten() > 0) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(code);
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", status.getReasonPhrase());
      problem.put("status", code);
      problem.put("detail", detail(status));
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(JSON.writeValueAsString(problem));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response was taken: nothing more to say.
      }
    }
  }
}
