package org.marsad.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A stand-in identity provider for tests: an RSA key made here, its public half served as a JWK set
 * over HTTP (as a real provider publishes it), and tokens signed with it.
 */
final class TestTokens implements AutoCloseable {

  static final String ISSUER = "https://idp.example.test/realms/marsad";

  private final RSAKey key;
  private final RSAKey stranger;
  private final HttpServer server;

  TestTokens() {
    try {
      key = new RSAKeyGenerator(2048).keyID("marsad-test").generate();
      stranger = new RSAKeyGenerator(2048).keyID("marsad-test").generate();
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/jwks", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, jwks.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(jwks);
        }
      });
      server.start();
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String jwkSetUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
  }

  /** A token for {@code user} whose {@code realm_access.roles} claim holds {@code roles}. */
  String token(String user, List<String> roles) {
    return sign(key, user, roles, Duration.ofMinutes(5));
  }

  /** A token that expired an hour ago. */
  String expired(String user, List<String> roles) {
    return sign(key, user, roles, Duration.ofHours(-1));
  }

  /** A token signed by a key the provider never published. */
  String forged(String user, List<String> roles) {
    return sign(stranger, user, roles, Duration.ofMinutes(5));
  }

  private static String sign(RSAKey with, String user, List<String> roles, Duration life) {
    Instant now = Instant.now();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(user)
        .claim("preferred_username", user)
        .claim("realm_access", Map.of("roles", roles))
        .issueTime(Date.from(now.minus(Duration.ofMinutes(1))))
        .expirationTime(Date.from(now.plus(life)))
        .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(with));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
