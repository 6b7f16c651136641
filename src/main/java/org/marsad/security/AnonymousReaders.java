package org.marsad.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import org.marsad.security.SecurityProperties.AnonymousRead;

/**
 * Whether a request without credentials may read. In {@code loopback} mode only when the server
 * listens on the loopback interface and the request comes straight from it: from a loopback
 * address, for a loopback host name (so a page from another site cannot rebind its own name to
 * 127.0.0.1 and read), and not through a proxy that says so (Forwarded, X-Forwarded-For).
 */
final class AnonymousReaders {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final AnonymousRead mode;
  private final boolean boundToLoopback;

  AnonymousReaders(AnonymousRead mode, InetAddress bind) {
    this.mode = mode;
    this.boundToLoopback = bind != null && bind.isLoopbackAddress();
  }

  boolean allowed(HttpServletRequest request) {
    return switch (mode) {
      case ON -> true;
      case OFF -> false;
      case LOOPBACK -> boundToLoopback && fromLoopback(request);
    };
  }

  /** Whether the setting lets anyone read at all on this bind (for the start-up message). */
  boolean enabled() {
    return mode == AnonymousRead.ON || (mode == AnonymousRead.LOOPBACK && boundToLoopback);
  }

  private static boolean fromLoopback(HttpServletRequest request) {
    if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
      return false;
    }
    String host = request.getHeader("Host");
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && name.indexOf(']') < colon && !name.equals("::1")) {
      name = name.substring(0, colon);
    }
    try {
      return LOOPBACK_NAMES.contains(name) && InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
