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
