package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrException.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Solr's refusals as the user sees them: what to change, never Solr's words or address. One case a line. */
class SolrRefusalTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      500 | Error from server at http://127.0.0.1:8983/solr/news: maxClauseCount is set to 1024 | too many words
      400 | Error from server at http://127.0.0.1:8983/solr/news: org.apache.lucene.search.IndexSearcher$TooManyClauses: too many clauses | too many words
      400 | Error from server at http://127.0.0.1:8983/solr/news: org.apache.solr.search.SyntaxError: Cannot parse 'title:(': Encountered "<EOF>" | could not be parsed
      400 | Error from server at http://127.0.0.1:8983/solr/news: Unable to parse 'cursorMark' after totem: value must either be '*' | start again with cursor=*
      """)
  void refusalsTheUserCanFixAre400sInTheirOwnWords(int code, String solrMessage, String expected) {
    InvalidQueryException error = SearchService.userError(new SolrException(ErrorCode.getErrorCode(code), solrMessage));
    assertThat(error).isNotNull();
    assertThat(error.getMessage()).contains(expected)
        .doesNotContain("http", "127.0.0.1", "org.apache", "SyntaxError", "totem");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      500 | Error from server at http://127.0.0.1:8983/solr/news: java.lang.NullPointerException
      503 | No live SolrServers available to handle this request
      """)
  void theIndexsOwnFailuresAreNotTheUsers(int code, String solrMessage) {
    assertThat(SearchService.userError(new SolrException(ErrorCode.getErrorCode(code), solrMessage))).isNull();
  }
}
