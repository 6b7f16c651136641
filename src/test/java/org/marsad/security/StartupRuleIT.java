package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.MarsadApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Bound beyond the loopback with no identity source, Marsad refuses to start, before starting anything. */
class StartupRuleIT {

  @Test
  void anyOtherBindWithoutAnIdentitySourceRefusesToStartSayingWhy(@TempDir Path dataDir) {
    long started = System.nanoTime();

    // Command-line arguments, as an operator gives them (they win over application.yml).
    assertThatThrownBy(() -> new SpringApplicationBuilder(MarsadApplication.class)
        .run("--server.address=0.0.0.0", "--server.port=0", "--marsad.data-dir=" + dataDir,
            "--marsad.sample-corpus=false", "--marsad.solr.embedded.port=0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0.0.0.0")
        .hasMessageContaining("marsad.security.bootstrap-key");

    // Nothing was started: no Solr home, well before a Solr node could have come up.
    assertThat(Files.exists(dataDir.resolve("solr"))).isFalse();
    assertThat(System.nanoTime() - started).isLessThan(java.time.Duration.ofSeconds(30).toNanos());
  }
}
