package org.marsad.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text as an ISO 639-1 code (Optimaize's n-gram profiles through Tika), or null
 * when it cannot tell. The profiles load once (slow); detection reads at most the first few
 * thousand characters. Thread safe: Tika's detector buffers text, so each call borrows one of a
 * few detectors (one per core, sharing the loaded profiles) rather than all callers queueing for
 * one — ingest workers extract in parallel.
 */
public final class LanguageGuesser {

  private static final int SAMPLE = 4000;

  private final BlockingQueue<OptimaizeLangDetector> detectors;

  public LanguageGuesser() {
    int count = Math.max(1, Runtime.getRuntime().availableProcessors());
    detectors = new ArrayBlockingQueue<>(count);
    for (int i = 0; i < count; i++) {
      OptimaizeLangDetector detector = new OptimaizeLangDetector();
      detector.loadModels();
      detectors.add(detector);
    }
  }

  public String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    OptimaizeLangDetector detector = borrow();
    LanguageResult result;
    try {
      result = detector.detect(sample);
    } finally {
      detectors.add(detector);
    }
    return result.isUnknown() ? null : result.getLanguage();
  }

  private OptimaizeLangDetector borrow() {
    try {
      return detectors.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a language detector", e);
    }
  }
}
