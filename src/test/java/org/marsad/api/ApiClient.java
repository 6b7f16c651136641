package org.marsad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A small HTTP client for the API tests: query values are encoded here, never as URI templates. */
public final class ApiClient {

  /** A response: status, media type and body. */
  public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String key;

  /** A client that sends the test profile's admin key. */
  public ApiClient(int port) {
    this(port, org.marsad.MarsadITSupport.BOOTSTRAP_KEY);
  }

  /** A client that sends {@code key} as a bearer token, or no credentials when it is null. */
  public ApiClient(int port, String key) {
    this.base = "http://localhost:" + port;
    this.key = key;
  }

  /** Sends {@code method} to {@code path} with optional extra headers (name, value, ...). */
  public Response send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    }
  }

  /** GET {@code path} with name/value pairs as the query string. */
  public Response get(String path, String... params) {
    StringJoiner query = new StringJoiner("&");
    for (int i = 0; i < params.length; i += 2) {
      query.add(URLEncoder.encode(params[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    String uri = base + path + (params.length == 0 ? "" : "?" + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request.build());
  }
}
