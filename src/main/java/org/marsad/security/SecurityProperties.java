package org.marsad.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the API ({@code marsad.security.*}).
 *
 * @param bootstrapKey an admin API key set at start, for scripts, tests and automation (never
 *     stored); at least 16 characters
 * @param anonymousRead whether callers without credentials may search and read: {@code loopback}
 *     (default) only when the server is bound to the loopback interface and the request comes
 *     straight from it, {@code off} never, {@code on} always (a public reading room)
 * @param jwt the organisation's identity provider, for portal users' bearer tokens
 */
@Validated
@ConfigurationProperties("marsad.security")
public record SecurityProperties(
    @Size(min = 16, message = "must be at least 16 characters (use a random key)") String bootstrapKey,
    @NotNull @DefaultValue("loopback") AnonymousRead anonymousRead,
    @Valid @DefaultValue Jwt jwt) {

  /** When a caller without credentials is a reader. */
  public enum AnonymousRead {
    OFF,
    LOOPBACK,
    ON
  }

  /**
   * OAuth2/OIDC resource server settings. Tokens are JWTs signed by the provider; the keys come
   * from the JWK set URI, or from the issuer's discovery document when only the issuer is given.
   *
   * @param issuerUri the provider's issuer ({@code iss}); checked in every token when set
   * @param jwkSetUri where the provider publishes its signing keys
   * @param audience when set, a token must name it in {@code aud}
   * @param rolesClaim the claim holding Marsad roles ({@code reader}, {@code curator}, {@code
   *     admin}); a dotted path reaches into objects, e.g. {@code realm_access.roles}
   * @param nameClaim the claim that names the user in the audit log
   */
  public record Jwt(
      String issuerUri,
      String jwkSetUri,
      String audience,
      @NotBlank @DefaultValue("roles") String rolesClaim,
      @NotBlank @DefaultValue("sub") String nameClaim) {

    public boolean configured() {
      return present(issuerUri) || present(jwkSetUri);
    }

    private static boolean present(String s) {
      return s != null && !s.isBlank();
    }
  }

  public boolean hasBootstrapKey() {
    return bootstrapKey != null && !bootstrapKey.isBlank();
  }
}
