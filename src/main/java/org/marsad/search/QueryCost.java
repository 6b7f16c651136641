package org.marsad.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps the terms of a query that Solr expands into many: fuzzy terms ({@code ليبيا~1}), wildcards
 * ({@code انتخاب*}, {@code حف?ر}) and ranges ({@code [a TO z]}). A short fuzzy term or a wildcard
 * with a short prefix matches most words of the index (the query {@code a~2 b~2 c~2 d~2 e~2}
 * expanded past Solr's clause limit, and fifty fuzzy terms took 28 s on 454 documents), so they
 * are refused here, with a message saying what to change, before Solr sees them. Phrases,
 * proximity ({@code "a b"~3}) and escaped characters are left alone. Stateless.
 */
final class QueryCost {

  private QueryCost() {}

  /** Throws {@link InvalidQueryException} if {@code q} asks more than {@code limits} allow. */
  static void check(String q, SearchLimits limits) {
    if (q == null || q.isBlank()) {
      return;
    }
    int expanding = 0;
    String problem = null;
    for (String token : tokens(q)) {
      String term = term(token);
      if (term.isEmpty() || term.equals("*:*")) {
        continue;
      }
      String termProblem;
      if (term.startsWith("[") || term.startsWith("{")) {
        expanding++;
        termProblem = null;
      } else if (unescaped(term, '~') >= 0) {
        expanding++;
        termProblem = fuzzy(token, term, limits);
      } else if (unescaped(term, '*') >= 0 || unescaped(term, '?') >= 0) {
        expanding++;
        termProblem = wildcard(token, term, limits);
      } else {
        termProblem = null;
      }
      if (problem == null) {
        problem = termProblem;
      }
    }
    if (problem != null) {
      throw new InvalidQueryException(problem);
    }
    if (expanding > limits.maxExpandingTerms()) {
      throw new InvalidQueryException("The query has " + expanding + " fuzzy (~), wildcard (*, ?) or range terms;"
          + " at most " + limits.maxExpandingTerms() + " are allowed in one search. Remove some, or search"
          + " the words as they are (the index already matches their other forms).");
    }
  }

  private static String fuzzy(String token, String term, SearchLimits limits) {
    int tilde = unescaped(term, '~');
    String word = term.substring(0, tilde);
    String distance = term.substring(tilde + 1);
    if (letters(word) < limits.minPrefix()) {
      return "The fuzzy term '" + token + "' is too short: a fuzzy term needs at least " + limits.minPrefix()
          + " letters (a shorter one matches almost every word). Write the word out, or drop the ~.";
    }
    int edits = edits(distance);
    if (edits > limits.maxEditDistance()) {
      return "The fuzzy term '" + token + "' allows " + (edits == Integer.MAX_VALUE ? "too many" : edits)
          + " edits; at most " + limits.maxEditDistance() + " are allowed (write " + word + "~"
          + limits.maxEditDistance() + ").";
    }
    return null;
  }

  private static String wildcard(String token, String term, SearchLimits limits) {
    int star = unescaped(term, '*');
    int mark = unescaped(term, '?');
    int first = star < 0 ? mark : mark < 0 ? star : Math.min(star, mark);
    if (letters(term.substring(0, first)) < limits.minPrefix()) {
      return "The wildcard term '" + token + "' needs at least " + limits.minPrefix()
          + " letters before * or ? (a shorter prefix matches most of the index).";
    }
    return null;
  }

  /** Lucene's reading of {@code word~N}: nothing means 2, a fraction below 1 means up to 2. */
  private static int edits(String distance) {
    if (distance.isEmpty()) {
      return 2;
    }
    try {
      double value = Double.parseDouble(distance);
      return value >= 1 ? (int) Math.min(value, Integer.MAX_VALUE) : 2;
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** Whitespace-separated tokens outside double quotes (phrases, and their ~slop, are not terms). */
  private static List<String> tokens(String q) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    boolean afterPhrase = false;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\' && i + 1 < q.length()) {
        if (!quoted) {
          token.append(c).append(q.charAt(i + 1));
        }
        i++;
      } else if (c == '"') {
        quoted = !quoted;
        afterPhrase = !quoted;
        add(tokens, token);
      } else if (quoted) {
        continue;
      } else if (Character.isWhitespace(c)) {
        add(tokens, token);
        afterPhrase = false;
      } else if (!afterPhrase) {
        token.append(c);
      }
    }
    add(tokens, token);
    return tokens;
  }

  private static void add(List<String> tokens, StringBuilder token) {
    if (!token.isEmpty()) {
      tokens.add(token.toString());
      token.setLength(0);
    }
  }

  /** The term of a token: without operators, grouping and a field name. */
  private static String term(String token) {
    String t = token;
    while (!t.isEmpty() && "+-!(".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    while (!t.isEmpty() && t.charAt(t.length() - 1) == ')' && !escapedAt(t, t.length() - 1)) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.equals("*:*")) {
      return t;
    }
    int colon = unescaped(t, ':');
    String value = colon >= 0 ? t.substring(colon + 1) : t;
    while (!value.isEmpty() && "+-!(".indexOf(value.charAt(0)) >= 0) {
      value = value.substring(1);
    }
    return value;
  }

  /** Index of the first {@code c} not escaped by a backslash, or -1. */
  private static int unescaped(String s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean escapedAt(String s, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
