package org.marsad.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.config.MarsadProperties;
import org.marsad.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The access rules. Every caller sends {@code Authorization: Bearer <API key or JWT>}; there are
 * no sessions and no cookies, so a page on another site cannot make a browser send credentials
 * (no CSRF), and no CORS headers are sent, so another origin can neither read answers nor send a
 * non-simple request. A reader may search and read, a curator also uploads and retries, an admin
 * also deletes, reloads, runs jobs, manages keys and sees metrics.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /** The page's own files only; no inline script or style, no framing, no plug-ins. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
      + " form-action 'self'; frame-ancestors 'none'";

  static final String API_KEYS_FILE = "api-keys.json";

  @Bean
  ApiKeys apiKeys(MarsadProperties marsad, ObjectMapper json, Clock clock) {
    return new ApiKeys(marsad.dataDir().resolve(API_KEYS_FILE), json, clock);
  }

  @Bean
  AuditLog auditLog(MarsadProperties marsad, ObjectMapper json) {
    return new AuditLog(marsad.dataDir().resolve("audit.jsonl"), json);
  }

  /**
   * No Micrometer observation around each filter of the chain, each authentication and each
   * authorization: in a profile of the search API they took 8% of the request threads' CPU. The
   * requests themselves are still observed ({@code http.server.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The access rules' paths are matched as plain path patterns (Spring Security 7's default), not
   * as {@code MvcRequestMatcher}s that ask Spring MVC's {@code HandlerMappingIntrospector} which
   * handler a request would reach: same patterns, same paths, without a handler lookup per rule.
   * {@code AccessIT} and {@code WebSecurityIT} hold the rules to the contract.
   */
  @Bean
  static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
    return new PathPatternRequestMatcherBuilderFactoryBean();
  }

  @Bean
  RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role(Role.ADMIN.name()).implies(Role.CURATOR.name())
        .role(Role.CURATOR.name()).implies(Role.READER.name())
        .build();
  }

  @Bean
  StartupKey startupKey(ApiKeys keys, SecurityProperties security, ServerProperties server) {
    InetAddress bind = server.getAddress();
    // Checked again here (IdentitySourcesCheck did before start-up), where the keys are loaded.
    IdentitySources.check(bind, security, keys.anyStoredActive());
    if (security.hasBootstrapKey()) {
      keys.register("bootstrap", "marsad.security.bootstrap-key", security.bootstrapKey(), Role.ADMIN);
    }
    String generated = null;
    if (IdentitySources.needsStartupKey(bind, security)) {
      generated = keys.generate();
      keys.register("startup", "generated at start", generated, Role.ADMIN);
    }
    return new StartupKey(generated, new AnonymousReaders(security.anonymousRead(), bind).enabled());
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiKeys keys, SecurityProperties security,
      ServerProperties server, ObjectMapper json, AuditLog audit, Clock clock, RoleHierarchy roles,
      StartupKey startupKey) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    ProviderManager authentication = new ProviderManager(providers(keys, security.jwt()));
    AnonymousReaders anonymous = new AnonymousReaders(security.anonymousRead(), server.getAddress());
    AuthorityAuthorizationManager<RequestAuthorizationContext> readerRole =
        AuthorityAuthorizationManager.hasRole(Role.READER.name());
    readerRole.setRoleHierarchy(roles);
    AuthorizationManager<RequestAuthorizationContext> reader = (who, context) ->
        new AuthorizationDecision(anonymous.allowed(context.getRequest())
            || readerRole.authorize(who, context).isGranted());
    String curator = Role.CURATOR.name();
    String admin = Role.ADMIN.name();

    http
        .csrf(AbstractHttpConfigurer::disable) // no cookies or sessions: nothing for a forged request to ride on
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .oauth2ResourceServer(o -> o
            .authenticationManagerResolver(request -> authentication)
            .authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterBefore(new AuditFilter(audit, clock), BearerTokenAuthenticationFilter.class)
        .headers(h -> h
            .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(f -> f.deny())
            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.GET, "/", "/index.html", "/app.js", "/app.css", "/favicon.svg",
                "/opensearch.xml").permitAll()
            .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                "/swagger-ui.html").permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole(admin)
            .requestMatchers(HttpMethod.GET, "/api/search", "/api/search/**", "/api/suggest",
                "/api/suggest/**", "/api/documents/*").access(reader)
            .requestMatchers(HttpMethod.POST, "/api/documents").hasRole(curator)
            .requestMatchers(HttpMethod.GET, "/api/ingest/failures").hasRole(curator)
            .requestMatchers(HttpMethod.POST, "/api/ingest/failures/*/retry").hasRole(curator)
            .requestMatchers(HttpMethod.GET, "/api/discovery/**").hasRole(curator)
            .requestMatchers(HttpMethod.DELETE, "/api/documents/*").hasRole(admin)
            .requestMatchers("/api/ingest/jobs", "/api/ingest/jobs/**").hasRole(admin)
            .requestMatchers("/api/admin/**").hasRole(admin)
            .anyRequest().authenticated());
    return http.build();
  }

  private static List<AuthenticationProvider> providers(ApiKeys keys, SecurityProperties.Jwt jwt) {
    List<AuthenticationProvider> providers = new ArrayList<>();
    providers.add(new ApiKeyAuthenticationProvider(keys, jwt.configured()));
    if (jwt.configured()) {
      JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder(jwt));
      tokens.setJwtAuthenticationConverter(new JwtRoles(jwt.rolesClaim(), jwt.nameClaim()));
      providers.add(tokens);
    }
    return providers;
  }

  /** Keys from the JWK set URI, or from the issuer's discovery document (fetched on first use). */
  private static NimbusJwtDecoder decoder(SecurityProperties.Jwt jwt) {
    boolean issuer = jwt.issuerUri() != null && !jwt.issuerUri().isBlank();
    NimbusJwtDecoder decoder = jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank()
        ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
        : NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(issuer ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri()) : JwtValidators.createDefault());
    if (jwt.audience() != null && !jwt.audience().isBlank()) {
      validators.add(new JwtClaimValidator<List<String>>("aud",
          aud -> aud != null && aud.contains(jwt.audience())));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return decoder;
  }

  /** The key generated for this run (if any), printed once when the app is ready. */
  static final class StartupKey {
    private String key;
    private final boolean anonymousReads;

    StartupKey(String key, boolean anonymousReads) {
      this.key = key;
      this.anonymousReads = anonymousReads;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void print() {
      if (key != null) {
        log.warn("""

            ==========================================================================
             Admin API key for this run (shown once, kept nowhere):
               {}
             Send it as 'Authorization: Bearer <key>'; make lasting keys with
             POST /api/admin/keys. Set marsad.security.bootstrap-key to choose your own.
            ==========================================================================""", key);
        key = null;
      }
      log.info("Reading without credentials is {}", anonymousReads ? "allowed (marsad.security.anonymous-read)" : "off");
    }
  }
}
