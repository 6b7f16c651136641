package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.marsad.MarsadITSupport;
import org.marsad.api.ApiClient;
import org.marsad.config.MarsadProperties;
import org.marsad.index.DocumentIndex;
import org.marsad.solr.SolrConnection;
import org.marsad.solr.SolrSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default set-up as a browser or a neighbour on the network meets it: loopback reads without
 * credentials (and not for another site's host name or through a proxy), no cross-site state
 * changes, no CORS, security headers, problem details even for what Tomcat refuses, health details
 * for admins only, no Solr internals in errors, and snippets that stay escaped when Solr's
 * highlighting parameters are changed behind Marsad's back.
 */
class WebSecurityIT extends MarsadITSupport {

  @LocalServerPort int port;
  @Autowired MarsadProperties marsad;
  @Autowired SolrConnection solr;
  @Autowired DocumentIndex index;

  @Test
  void theLoopbackReadsWithoutCredentialsButNotForAnotherSitesNameOrThroughAProxy() throws IOException {
    ApiClient anonymous = new ApiClient(port, null);
    assertThat(anonymous.get("/api/search", "q", "ليبيا").status()).isEqualTo(200);
    assertThat(anonymous.get("/api/suggest", "q", "حفت").status()).isEqualTo(200);
    // Reads only: everything else still needs a key.
    assertThat(anonymous.get("/api/ingest/failures").status()).isEqualTo(401);

    // A page on evil.example that rebinds its name to 127.0.0.1 sends its own Host.
    assertThat(raw("GET /api/search?q=x HTTP/1.1\r\nHost: evil.example:" + port + "\r\n")).startsWith("HTTP/1.1 401");
    assertThat(raw("GET /api/search?q=x HTTP/1.1\r\nHost: localhost:" + port + "\r\n")).startsWith("HTTP/1.1 200");
    // A reverse proxy on the same machine says so.
    assertThat(anonymous.send("GET", "/api/search", null, "X-Forwarded-For", "203.0.113.9").status()).isEqualTo(401);
  }

  @Test
  void anotherSiteCanNeitherChangeStateNorReadAnswers() throws IOException {
    ApiClient anonymous = new ApiClient(port, null);
    // The form POST another site could make a browser send: no credentials ride along.
    ApiClient.Response reload = anonymous.send("POST", "/api/admin/knowledge-base/reload", "a=1",
        "Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example");
    assertThat(reload.status()).isEqualTo(401);
    assertThat(reload.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    ApiClient.Response delete = anonymous.send("POST", "/api/documents", "--x--\r\n",
        "Content-Type", "multipart/form-data; boundary=x", "Origin", "https://evil.example");
    assertThat(delete.status()).isEqualTo(401);
    // No CORS: a preflight for a request with credentials gets no permission.
    String preflight = raw("OPTIONS /api/admin/knowledge-base/reload HTTP/1.1\r\nHost: localhost:" + port
        + "\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n"
        + "Access-Control-Request-Headers: authorization\r\n");
    assertThat(preflight).doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    ApiClient.Response read = anonymous.send("GET", "/api/search?q=x", null, "Origin", "https://evil.example");
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void thePageAndTheApiCarrySecurityHeaders() {
    for (String path : new String[] {"/", "/app.js", "/api/search"}) {
      ApiClient.Response response = new ApiClient(port, null).get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void whatTomcatRefusesIsAProblemDetailToo() throws IOException {
    String badUtf8 = raw("GET /api/documents/%C3%28 HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
    assertThat(badUtf8).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
        .contains("\"status\":400").doesNotContain("<html", "Tomcat");
    String badPath = raw("GET /api/%ff HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
    assertThat(badPath).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
    ApiClient.Response unknown = new ApiClient(port).get("/no/such/thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    ApiClient.Response html = new ApiClient(port).send("GET", "/no/such/thing", null, "Accept", "text/html");
    assertThat(html.contentType()).startsWith("application/problem+json");
  }

  @Test
  void healthDetailsAndMetricsAreTheAdminsAndSolrsWordsNeverReachClients() {
    ApiClient anonymous = new ApiClient(port, null);
    ApiClient.Response health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("UP").doesNotContain("components", "documents", "collection");
    assertThat(new ApiClient(port).get("/actuator/health").body()).contains("components", "documents");
    assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);

    ApiClient.Response badCursor = new ApiClient(port).get("/api/search", "cursor", "not-a-cursor");
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.json().get("detail").asText())
        .doesNotContain("Error from server", "127.0.0.1", "/solr", "cursorMark", "totem");
  }

  @Test
  void snippetsStayEscapedWhenSolrsHighlightingParametersAreChanged() throws Exception {
    // What an attacker with Solr access did before: switch the paramset's encoder off.
    Properties users = new Properties();
    try (InputStream in = Files.newInputStream(marsad.dataDir().resolve(SolrSecurity.CREDENTIALS_FILE))) {
      users.load(in);
    }
    String admin = users.getProperty("admin.username") + ":" + users.getProperty("admin.password");
    int tuned = post(solr.nodeBaseUrl() + "/" + solr.collection() + "/config/params",
        "{\"update\":{\"relevance\":{\"hl.encoder\":\"default\",\"hl.tag.pre\":\"<b onmouseover=alert(1)>\","
            + "\"hl.tag.post\":\"</b>\"}}}", admin);
    assertThat(tuned).isEqualTo(200);
    ApiClient curator = new ApiClient(port);
    String upload = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hostile.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n"
        + "خبر عن زلزولة في ليبيا <img src=x onerror=alert(1)> و<script>alert(2)</script> زلزولة\r\n--x--\r\n";
    assertThat(curator.send("POST", "/api/documents?wait=searchable", upload,
        "Content-Type", "multipart/form-data; boundary=x").status()).isIn(200, 201);
    index.commit();

    String snippet = curator.get("/api/search", "q", "زلزولة").json().at("/hits/0/snippet").asText();

    assertThat(snippet).contains("<mark>زلزولة</mark>").contains("&lt;img").doesNotContain("<img", "<script", "<b");
  }

  private static int post(String url, String json, String basic) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  /** Sends a request as typed (Host and path bytes included) and returns the whole answer. */
  private String raw(String requestHead) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
