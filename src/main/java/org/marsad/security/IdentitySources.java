package org.marsad.security;

import java.net.InetAddress;
import org.marsad.security.SecurityProperties;

/**
 * The start-up rule: bound to the loopback interface, Marsad may run with only a key it generates
 * and prints; on any other interface it needs an identity source someone configured — a JWT
 * issuer or JWK set, a bootstrap key, or API keys already made — or it refuses to start.
 */
final class IdentitySources {

  private IdentitySources() {}

  /** Throws, saying what to set, when {@code bind} is not the loopback and nothing was configured. */
  static void check(InetAddress bind, SecurityProperties security, boolean storedKeys) {
    if (bind != null && bind.isLoopbackAddress()) {
      return;
    }
    if (security.jwt().configured() || security.hasBootstrapKey() || storedKeys) {
      return;
    }
    String where = bind == null ? "every network interface" : bind.getHostAddress();
    throw new IllegalStateException("Marsad would listen on " + where
        + " with no way to tell users apart. Set an identity source: marsad.security.jwt.issuer-uri or"
        + " marsad.security.jwt.jwk-set-uri (the organisation's identity provider), or"
        + " marsad.security.bootstrap-key (MARSAD_SECURITY_BOOTSTRAP_KEY), or create API keys on a"
        + " loopback run first; or bind to the loopback only with server.address=127.0.0.1.");
  }

  /** Whether a start-up admin key must be generated: loopback, and no bootstrap key given. */
  static boolean needsStartupKey(InetAddress bind, SecurityProperties security) {
    return bind != null && bind.isLoopbackAddress() && !security.hasBootstrapKey();
  }
}
