package org.marsad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Marsad: a search server for Arabic news with actor, country and topic facets. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MarsadApplication {

  public static void main(String[] args) {
    SpringApplication.run(MarsadApplication.class, args);
  }
}
