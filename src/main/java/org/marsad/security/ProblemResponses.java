package org.marsad.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problem details, as every other error of the API: 401 when the request
 * has no valid credentials (with {@code WWW-Authenticate: Bearer}), 403 when its role is not enough.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;
  private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    // Sets the status and the WWW-Authenticate header (with the token error, if there was one).
    bearer.commence(request, response, e);
    String detail = e instanceof InvalidBearerTokenException || request.getHeader("Authorization") != null
        ? "The credentials were not accepted: an unknown, revoked or expired API key or token"
        : "This needs credentials: send an API key or an access token as 'Authorization: Bearer <key>'";
    write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
        "Your credentials are valid, but their role may not do this (roles: reader < curator < admin)");
  }

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // Written, not closed: closing would send the answer from inside the filter chain, before the audit
    // filter around it has recorded the refusal, so a client could read the audit log without it.
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
