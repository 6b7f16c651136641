package org.marsad.search;

import java.util.regex.Pattern;

/**
 * Checks free text before it reaches edismax. Solr's worst vulnerability (CVE-2017-12629) came
 * from local params ({@code {!xmlparser ...}}) in a user's query: they are refused here, and the
 * handler's invariants fix defType and the fields a user may name, as a second line.
 */
final class UserQuery {

  static final int MAX_LENGTH = 1000;
  private static final Pattern LOCAL_PARAMS = Pattern.compile("\\{\\s*!");
  private static final Pattern NESTED_QUERY = Pattern.compile("_query_\\s*:", Pattern.CASE_INSENSITIVE);
  /** A slash opening a term starts a regular expression, which may visit every term of a field. */
  private static final Pattern REGEX_START = Pattern.compile("(^|[\\s(:+\\-])/");

  private UserQuery() {}

  /** The text to send as {@code q}; null means match all. */
  static String check(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    if (q.length() > MAX_LENGTH) {
      throw new InvalidQueryException("The query is longer than " + MAX_LENGTH + " characters");
    }
    if (LOCAL_PARAMS.matcher(q).find() || NESTED_QUERY.matcher(q).find()) {
      throw new InvalidQueryException(
          "Solr local parameters ({!...}) and nested queries are not allowed in a search");
    }
    // Escaped, not refused: "24/7" or "و/أو" stay searchable as text.
    return REGEX_START.matcher(q.strip()).replaceAll("$1\\\\/");
  }
}
