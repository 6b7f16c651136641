package org.marsad.solr;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.TotalHits;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrRequestHandler;
import org.apache.solr.request.SolrRequestInfo;
import org.apache.solr.response.BasicResultContext;
import org.apache.solr.response.BinaryResponseWriter;
import org.apache.solr.response.DocsStreamer;
import org.apache.solr.response.ResultContext;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.search.DocList;
import org.apache.solr.search.ReturnFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches on the embedded node's core in the calling thread, like Solr's {@link EmbeddedSolrServer},
 * but without its detour through javabin: that client writes every answer to javabin bytes and parses
 * them back (about a tenth of a search's time on the sample corpus). Here the documents are read
 * from the searcher while the request is open, and the rest of the answer (facets, highlighting,
 * header) is copied as the types SolrJ reads: named lists stay named lists, arrays become lists.
 * An answer holding a value of another kind is converted by Solr's own javabin round trip instead,
 * so every answer comes out as {@link EmbeddedSolrServer} would give it. Anything but a query
 * (updates, admin requests, streaming callbacks) goes to {@link EmbeddedSolrServer} unchanged.
 */
final class InProcessSearchClient extends EmbeddedSolrServer {

  private static final Logger log = LoggerFactory.getLogger(InProcessSearchClient.class);

  private final LongAdder javabinAnswers = new LongAdder();

  InProcessSearchClient(CoreContainer cores, String core) {
    super(cores, core);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException, IOException {
    if (!(request instanceof QueryRequest) || request.getStreamingResponseCallback() != null
        || (request.getPath() != null && coreContainer.getRequestHandler(request.getPath()) != null)) {
      return super.request(request, collection);
    }
    String path = request.getPath() == null || !request.getPath().startsWith("/") ? "/select" : request.getPath();
    try (SolrCore core = coreContainer.getCore(collection == null ? coreName : collection)) {
      if (core == null) {
        throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, "No such core: " + collection);
      }
      SolrRequestHandler handler = core.getRequestHandler(path);
      if (handler == null) {
        throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown handler: " + path);
      }
      SolrParams params = request.getParams() == null ? new ModifiableSolrParams() : request.getParams();
      SolrQueryRequest req = core.getSolrConfig().getRequestParsers()
          .buildRequestFrom(core, params, List.of(), request.getUserPrincipal());
      try {
        req.getContext().put("path", path);
        req.getContext().put("httpMethod", request.getMethod().name());
        SolrQueryResponse rsp = new SolrQueryResponse();
        SolrRequestInfo.setRequestInfo(new SolrRequestInfo(req, rsp));
        core.execute(handler, req, rsp);
        Exception failure = rsp.getException();
        if (failure instanceof SolrException refused) {
          throw refused;
        }
        if (failure != null) {
          throw new SolrServerException(failure);
        }
        return answer(req, rsp);
      } finally {
        req.close();
        SolrRequestInfo.clearRequestInfo();
      }
    } catch (IOException | SolrException | SolrServerException e) {
      throw e;
    } catch (Exception e) {
      throw new SolrServerException(e);
    }
  }

  /** How many answers held a value only javabin's round trip could convert (none of the app's searches). */
  long javabinAnswers() {
    return javabinAnswers.sum();
  }

  /** The answer as SolrJ's parser would give it, read while the request's searcher is open. */
  private NamedList<Object> answer(SolrQueryRequest req, SolrQueryResponse rsp) {
    try {
      @SuppressWarnings("unchecked")
      NamedList<Object> copy = (NamedList<Object>) new Detached(req, rsp.getReturnFields()).copy(rsp.getValues());
      return copy;
    } catch (UnknownValue e) {
      javabinAnswers.increment();
      log.debug("An answer holds a {}: converted through javabin", e.getMessage());
      return BinaryResponseWriter.getParsedResponse(req, rsp);
    }
  }

  /** A value this copy does not know how javabin renders; the caller falls back to javabin. */
  private static final class UnknownValue extends RuntimeException {
    UnknownValue(Class<?> kind) {
      super(kind.getName(), null, false, false);
    }
  }

  /** Copies an answer's values, resolving document lists against the open request. */
  private record Detached(SolrQueryRequest req, ReturnFields fields) {

    Object copy(Object value) {
      if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
          || value instanceof Float || value instanceof Double || value instanceof Short || value instanceof Byte
          || value instanceof Boolean || value instanceof Date || value instanceof byte[]) {
        return value;
      }
      if (value instanceof IndexableField field) { // a stored value left for the writer to read, as javabin reads it
        Object read = DocsStreamer.getValue(req.getSchema().getFieldOrNull(field.name()), field);
        return read instanceof IndexableField ? unknown(read) : copy(read);
      }
      if (value instanceof ResultContext context) {
        return documents(context);
      }
      if (value instanceof DocList docs) {
        return documents(new BasicResultContext(docs, fields, null, null, req));
      }
      if (value instanceof SolrDocument || value instanceof SolrDocumentList) {
        // Documents already read (real-time get): javabin writes them with their own header and return
        // fields, which a plain map or list copy would lose.
        return unknown(value);
      }
      if (value instanceof NamedList<?> list) {
        NamedList<Object> copy = list instanceof SimpleOrderedMap<?> ? new SimpleOrderedMap<>() : new NamedList<>();
        for (int i = 0; i < list.size(); i++) {
          copy.add(list.getName(i), copy(list.getVal(i)));
        }
        return copy;
      }
      if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put((String) k, copy(v)));
        return copy;
      }
      if (value instanceof Collection<?> items) {
        List<Object> copy = new ArrayList<>(items.size());
        items.forEach(item -> copy.add(copy(item)));
        return copy;
      }
      if (value.getClass().isArray()) {
        List<Object> copy = new ArrayList<>(Array.getLength(value));
        for (int i = 0; i < Array.getLength(value); i++) {
          copy.add(copy(Array.get(value, i)));
        }
        return copy;
      }
      return unknown(value);
    }

    private static Object unknown(Object value) {
      throw new UnknownValue(value.getClass());
    }

    /**
     * A page of hits as javabin writes it: header, then each document's fields that the response's
     * return fields want (javabin filters by the response's, for expanded groups too).
     */
    SolrDocumentList documents(ResultContext context) {
      DocList docs = context.getDocList();
      SolrDocumentList list = new SolrDocumentList();
      list.setNumFound(docs.matches());
      list.setStart(docs.offset());
      list.setMaxScore(context.wantsScores() ? docs.maxScore() : null);
      list.setNumFoundExact(docs.hitCountRelation() == TotalHits.Relation.EQUAL_TO);
      context.getProcessedDocuments().forEachRemaining(doc -> {
        if (doc.hasChildDocuments()) {
          unknown(doc.getChildDocuments());
        }
        SolrDocument copy = new SolrDocument();
        doc.forEach((name, v) -> {
          if (fields == null || fields.wantsField(name)) {
            copy.setField(name, copy(v));
          }
        });
        list.add(copy);
      });
      return list;
    }
  }
}
