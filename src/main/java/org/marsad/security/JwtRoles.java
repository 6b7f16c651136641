package org.marsad.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A portal user's token → Marsad roles: the values of the configured claim ({@code roles}, or a
 * dotted path such as {@code realm_access.roles}) that name a role; a list or a space-separated
 * string; other values are ignored. A token with no Marsad role authenticates but may do nothing.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final String[] claimPath;
  private final String nameClaim;

  JwtRoles(String rolesClaim, String nameClaim) {
    this.claimPath = rolesClaim.split("\\.");
    this.nameClaim = nameClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String value : values(jwt)) {
      Role.parse(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    }
    String name = jwt.getClaimAsString(nameClaim);
    return new JwtAuthenticationToken(jwt, authorities, "jwt:" + (name == null ? jwt.getSubject() : name));
  }

  private List<String> values(Jwt jwt) {
    Object node = jwt.getClaims();
    for (String step : claimPath) {
      if (!(node instanceof Map<?, ?> map)) {
        return List.of();
      }
      node = map.get(step);
    }
    if (node instanceof String s) {
      return List.of(s.split("\\s+"));
    }
    if (node instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
