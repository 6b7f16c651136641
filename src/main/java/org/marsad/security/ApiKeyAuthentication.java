package org.marsad.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API key: named {@code key:<id> (<name>)}, with the key's role. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private final ApiKey key;

  ApiKeyAuthentication(ApiKey key) {
    super(List.of(new SimpleGrantedAuthority(key.role().authority())));
    this.key = key;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return getName();
  }

  @Override
  public String getName() {
    return "key:" + key.id() + " (" + key.name() + ")";
  }
}
