package org.marsad.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.marsad.search.InvalidQueryException;
import org.marsad.security.ApiKey;
import org.marsad.security.ApiKeys;
import org.marsad.security.AuditLog;
import org.marsad.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin: API keys for scripts (create, list, revoke) and the audit log of state changes. */
@RestController
@RequestMapping("/api/admin")
@Validated
class AccessController {

  /** A key as listed: never the key or its hash. */
  record KeyView(String id, String name, String role, Instant created, Instant revoked, boolean persistent) {
    static KeyView of(ApiKey key) {
      return new KeyView(key.id(), key.name(), key.role().id(), key.created(), key.revoked(), key.persistent());
    }
  }

  /** A new key: {@code key} is shown this once. */
  record CreatedKey(String key, KeyView apiKey) {}

  record KeyRequest(String name, String role) {}

  record AuditResponse(List<AuditLog.Entry> entries) {}

  private final ApiKeys keys;
  private final AuditLog audit;

  AccessController(ApiKeys keys, AuditLog audit) {
    this.keys = keys;
    this.audit = audit;
  }

  @PostMapping("/keys")
  ResponseEntity<CreatedKey> create(@RequestBody KeyRequest request) {
    if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
      throw new InvalidQueryException("Send {\"name\": \"<what the key is for, at most 100 characters>\", \"role\": \"reader|curator|admin\"}");
    }
    Role role = Role.parse(request.role()).orElseThrow(() ->
        new InvalidQueryException("role must be reader, curator or admin, not '" + request.role() + "'"));
    ApiKeys.Created created = keys.create(request.name().strip(), role);
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/admin/keys/" + created.apiKey().id())
        .body(new CreatedKey(created.key(), KeyView.of(created.apiKey())));
  }

  @GetMapping("/keys")
  List<KeyView> list() {
    return keys.list().stream().map(KeyView::of).toList();
  }

  /** Revokes a key at once; it stays listed with the time it was revoked. */
  @DeleteMapping("/keys/{id}")
  KeyView revoke(@PathVariable String id) {
    try {
      return keys.revoke(id).map(KeyView::of)
          .orElseThrow(() -> new NotFoundException("No API key with id '" + id + "'"));
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    }
  }

  @GetMapping("/audit")
  AuditResponse audit(@RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit) {
    return new AuditResponse(audit.latest(limit));
  }
}
