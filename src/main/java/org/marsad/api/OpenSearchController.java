package org.marsad.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /opensearch.xml}: the OpenSearch description that lets a browser add Marsad as a search
 * engine (the page links it with {@code rel="search"}). URLs are absolute, built from the request.
 */
@RestController
@Hidden
class OpenSearchController {

  static final String MEDIA_TYPE = "application/opensearchdescription+xml";

  @GetMapping(value = "/opensearch.xml", produces = MEDIA_TYPE)
  ResponseEntity<String> description(HttpServletRequest request) {
    String base = HtmlUtils.htmlEscape(
        ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"
                               xmlns:moz="http://www.mozilla.org/2006/browser/search/">
          <ShortName>Marsad مرصد</ShortName>
          <Description>Search Arabic news by actor, country and topic</Description>
          <InputEncoding>UTF-8</InputEncoding>
          <Language>ar</Language>
          <Image width="16" height="16" type="image/svg+xml">%1$s/favicon.svg</Image>
          <Url type="text/html" method="get" template="%1$s/?q={searchTerms}"/>
          <Url type="application/x-suggestions+json" method="get" template="%1$s/api/suggest/opensearch?q={searchTerms}"/>
          <Url type="application/opensearchdescription+xml" rel="self" template="%1$s/opensearch.xml"/>
          <moz:SearchForm>%1$s/</moz:SearchForm>
        </OpenSearchDescription>
        """.formatted(base);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(MEDIA_TYPE)).body(xml);
  }
}
