package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-up rule, one case a line: bind, bootstrap key, JWT issuer, stored keys → starts? start-up key? */
class IdentitySourcesTest {

  @ParameterizedTest(name = "bind {0}, bootstrap {1}, jwt {2}, stored {3}")
  @CsvSource({
      // bind,     bootstrap, jwt,  stored, starts, start-up key
      "127.0.0.1,  false,     false, false, true,  true",
      "::1,        false,     false, false, true,  true",
      "127.0.0.1,  true,      false, false, true,  false",
      "127.0.0.1,  false,     true,  false, true,  true",
      "0.0.0.0,    false,     false, false, false, false",
      "'',         false,     false, false, false, false",
      "192.0.2.10, false,     false, false, false, false",
      "0.0.0.0,    true,      false, false, true,  false",
      "0.0.0.0,    false,     true,  false, true,  false",
      "0.0.0.0,    false,     false, true,  true,  false",
  })
  void check(String bind, boolean bootstrap, boolean jwt, boolean stored, boolean starts, boolean startupKey)
      throws Exception {
    InetAddress address = bind.isBlank() ? null : InetAddress.getByName(bind);
    SecurityProperties security = new SecurityProperties(
        bootstrap ? "a-bootstrap-key-of-some-length" : null, SecurityProperties.AnonymousRead.LOOPBACK,
        new SecurityProperties.Jwt(jwt ? "https://idp.example.org/realms/x" : null, null, null, "roles", "sub"));

    if (starts) {
      assertThatCode(() -> IdentitySources.check(address, security, stored)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> IdentitySources.check(address, security, stored))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("marsad.security.bootstrap-key")
          .hasMessageContaining("marsad.security.jwt.issuer-uri")
          .hasMessageContaining("server.address=127.0.0.1");
    }
    assertThat(IdentitySources.needsStartupKey(address, security)).isEqualTo(startupKey);
  }
}
