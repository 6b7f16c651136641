package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles from a token's configured claim: a list, a space-separated string, or a nested path. */
class JwtRolesTest {

  @Test
  void rolesComeFromTheConfiguredClaimAndOtherValuesAreIgnored() {
    assertThat(roles(new JwtRoles("roles", "sub"), Map.of("roles", List.of("Curator", "offline_access"))))
        .containsExactly("ROLE_CURATOR");
    assertThat(roles(new JwtRoles("scope", "sub"), Map.of("scope", "openid reader")))
        .containsExactly("ROLE_READER");
    assertThat(roles(new JwtRoles("realm_access.roles", "sub"), Map.of("realm_access", Map.of("roles", List.of("admin")))))
        .containsExactly("ROLE_ADMIN");
    assertThat(roles(new JwtRoles("roles", "sub"), Map.of("groups", List.of("admin")))).isEmpty();
  }

  @Test
  void theUserIsNamedByTheConfiguredClaim() {
    Jwt jwt = jwt(Map.of("preferred_username", "rania", "roles", List.of("reader")));
    assertThat(new JwtRoles("roles", "preferred_username").convert(jwt).getName()).isEqualTo("jwt:rania");
    assertThat(new JwtRoles("roles", "email").convert(jwt).getName()).isEqualTo("jwt:user-1");
  }

  private static List<String> roles(JwtRoles converter, Map<String, Object> claims) {
    return converter.convert(jwt(claims)).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  private static Jwt jwt(Map<String, Object> claims) {
    Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    claims.forEach(builder::claim);
    return builder.build();
  }
}
