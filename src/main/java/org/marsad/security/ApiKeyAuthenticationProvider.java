package org.marsad.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks a bearer token against the API keys. A token shaped like a JWT that is no key is left to
 * the identity provider's check (when one is configured).
 */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

  private final ApiKeys keys;
  private final boolean jwtConfigured;

  ApiKeyAuthenticationProvider(ApiKeys keys, boolean jwtConfigured) {
    this.keys = keys;
    this.jwtConfigured = jwtConfigured;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String token = ((BearerTokenAuthenticationToken) authentication).getToken();
    return keys.authenticate(token).<Authentication>map(ApiKeyAuthentication::new).orElseGet(() -> {
      if (jwtConfigured && token.chars().filter(c -> c == '.').count() == 2) {
        return null;
      }
      throw new InvalidBearerTokenException("Unknown or revoked API key");
    });
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
