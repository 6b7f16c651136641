package org.marsad.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Applies the start-up rule ({@link IdentitySources}) before anything starts — before the Solr node,
 * the knowledge base or the web server — so a bind without an identity source fails at once, saying
 * why. Registered in {@code META-INF/spring.factories}.
 */
public final class IdentitySourcesCheck implements ApplicationListener<ApplicationPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Binder binder = Binder.get(event.getApplicationContext().getEnvironment());
    SecurityProperties security = binder.bindOrCreate("marsad.security", SecurityProperties.class);
    InetAddress bind = binder.bind("server.address", InetAddress.class).orElse(null);
    Path dataDir = binder.bind("marsad.data-dir", Path.class).orElse(Path.of("./data"));
    boolean storedKeys = new ApiKeys(dataDir.resolve(SecurityConfiguration.API_KEYS_FILE),
        new ObjectMapper().registerModule(new JavaTimeModule()), Clock.systemUTC()).anyStoredActive();
    IdentitySources.check(bind, security, storedKeys);
  }
}
