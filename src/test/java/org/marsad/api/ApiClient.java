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
final class ApiClient {

  /** A response: status, media type and body. */
  record Response(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** GET {@code path} with name/value pairs as the query string. */
  Response get(String path, String... params) {
    StringJoiner query = new StringJoiner("&");
    for (int i = 0; i < params.length; i += 2) {
      query.add(URLEncoder.encode(params[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    String uri = base + path + (params.length == 0 ? "" : "?" + query);
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("GET " + uri + " failed", e);
    }
  }
}
