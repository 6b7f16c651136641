package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.junit.jupiter.api.Test;

class SolrSecurityTest {

  private final SolrSecurity users = new SolrSecurity("marsad", "app-secret-123", "solr-admin", "admin-secret-123");

  @Test
  void securityJsonBlocksUnknownUsersHoldsOnlyHashesAndGivesTheAppSearchAndUpdateOnly() throws Exception {
    String text = users.securityJson("news", true);
    JsonNode json = new ObjectMapper().readTree(text);

    assertThat(text).doesNotContain("app-secret-123", "admin-secret-123");
    assertThat(json.at("/authentication/blockUnknown").asBoolean()).isTrue();
    String[] hash = json.at("/authentication/credentials/marsad").asText().split(" ");
    assertThat(Sha256AuthenticationProvider.sha256("app-secret-123", hash[1])).isEqualTo(hash[0]);
    assertThat(json.at("/authorization/user-role/marsad").asText()).isEqualTo("app");
    JsonNode permissions = json.at("/authorization/permissions");
    assertThat(permissions.get(0).get("path").toString()).contains("/select", "/similar", "/get");
    assertThat(permissions.get(0).get("collection").asText()).isEqualTo("news");
    assertThat(permissions.get(1).get("path").toString()).contains("/update");
    // Everything else (config, core admin, /admin/*) is the admin's, and it is matched last.
    JsonNode last = permissions.get(permissions.size() - 1);
    assertThat(last.get("name").asText()).isEqualTo("all");
    assertThat(last.get("role").asText()).isEqualTo("admin");
    assertThat(users.securityJson("news", false)).doesNotContain("\"collection\"");
  }

  @Test
  void theAppAndTheAdminAreDifferentUsers() {
    assertThatThrownBy(() -> new SolrSecurity("solr", "a-password-1", "solr", "a-password-2"))
        .hasMessageContaining("marsad.solr.admin-username");
    assertThat(users.toString()).doesNotContain("secret");
  }
}
