package org.marsad.index;

import org.marsad.enrich.FacetType;

/**
 * The Solr fields Marsad writes and reads, as {@code solr-config/conf/managed-schema.xml} declares
 * them; a closed set, so a misspelt field name does not compile (and {@code DocumentFieldTest} keeps
 * the set and the schema together). Fields Solr fills itself by copyField ({@code title_exact},
 * {@code names_latin}, {@code names_translit}, {@code title_suggest}) are the configset's business and are not here.
 */
public enum DocumentField {
  ID("id"),
  CONTENT_HASH("content_hash"),
  DUP_GROUP("dup_group"),
  FILE_NAME("file_name"),
  CONTENT_TYPE("content_type"),
  INGESTED_AT("ingested_at"),
  TITLE("title"),
  ABSTRACT("abstract"),
  BODY("body"),
  BOILERPLATE("boilerplate"),
  SOURCE("source"),
  URL("url"),
  AUTHOR("author"),
  PUBLISHED("published"),
  LANGUAGE("language"),
  CATEGORY("category"),
  PAGE_COUNT("page_count"),
  INGEST_WARNINGS("ingest_warnings"),
  ACTOR(FacetType.ACTOR.field()),
  COUNTRY(FacetType.COUNTRY.field()),
  TOPIC(FacetType.TOPIC.field()),
  /** The mentions of the tagged actors and countries, as written (matched by name key). */
  NAMES("names"),
  /** The tags with their evidence, as JSON (stored, not indexed). */
  ENRICHMENT("enrichment");

  private final String field;

  DocumentField(String field) {
    this.field = field;
  }

  /** The field's name in the schema. */
  public String field() {
    return field;
  }

  /** The field that holds a facet's ids. */
  public static DocumentField of(FacetType type) {
    return switch (type) {
      case ACTOR -> ACTOR;
      case COUNTRY -> COUNTRY;
      case TOPIC -> TOPIC;
    };
  }
}
