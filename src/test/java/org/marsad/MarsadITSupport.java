package org.marsad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of end-to-end tests: the whole app on a random port with its embedded Solr node on a random
 * port and a fresh data directory. Subclasses share one context (and one Solr node) per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class MarsadITSupport {

  /** The admin key the test profile sets (marsad.security.bootstrap-key). */
  public static final String BOOTSTRAP_KEY = "test-bootstrap-admin-key-0123456789";

  /** Sends the bootstrap admin key with every request of {@code http}. */
  public static org.springframework.boot.test.web.client.TestRestTemplate asAdmin(
      org.springframework.boot.test.web.client.TestRestTemplate http) {
    var interceptors = http.getRestTemplate().getInterceptors();
    if (interceptors.stream().noneMatch(BootstrapKey.class::isInstance)) {
      interceptors.add(new BootstrapKey());
    }
    return http;
  }

  private static final class BootstrapKey implements org.springframework.http.client.ClientHttpRequestInterceptor {
    @Override
    public org.springframework.http.client.ClientHttpResponse intercept(
        org.springframework.http.HttpRequest request, byte[] body,
        org.springframework.http.client.ClientHttpRequestExecution execution) throws java.io.IOException {
      request.getHeaders().setBearerAuth(BOOTSTRAP_KEY);
      return execution.execute(request, body);
    }
  }

  private static final Path DATA_DIR = createDataDir();

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("marsad.data-dir", DATA_DIR::toString);
  }

  private static Path createDataDir() {
    try {
      return Files.createTempDirectory("marsad-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
