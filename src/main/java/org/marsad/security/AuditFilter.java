package org.marsad.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request that may change state (anything but GET, HEAD, OPTIONS) in the audit log
 * once it has been answered, with whoever the security chain found it to be.
 */
final class AuditFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuditLog audit;
  private final Clock clock;

  AuditFilter(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      Authentication who = SecurityContextHolder.getContext().getAuthentication();
      String name = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()
          ? "anonymous" : who.getName();
      audit.record(new AuditLog.Entry(clock.instant(), name,
          request.getMethod() + " " + request.getRequestURI(), response.getStatus(), request.getRemoteAddr()));
    }
  }
}
