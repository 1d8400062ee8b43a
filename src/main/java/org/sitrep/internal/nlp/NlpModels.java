package org.sitrep.internal.nlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's annotators as sitrep runs them, loaded once per JVM and shared by every {@link
 * CoreNlpAnnotator} (they are safe for concurrent use). The models load in parallel, each on its
 * own thread: through {@code StanfordCoreNLP} they would load one after the other, since its
 * annotator pool builds annotators under one lock.
 */
final class NlpModels {

  /** Tokenizes and splits sentences: CoreNLP's "ssplit" is part of "tokenize" since 4.0. */
  final Annotator tokenizer;
  final Annotator tagger;
  final Annotator lemmatizer;
  final Annotator ner;
  final SentenceParser parser;

  /** Weak, so that the models go when the last annotator using them does. */
  private static WeakReference<NlpModels> shared = new WeakReference<>(null);

  private NlpModels(Annotator tokenizer, Annotator tagger, Annotator lemmatizer,
      Annotator ner, SentenceParser parser) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
    this.lemmatizer = lemmatizer;
    this.ner = ner;
    this.parser = parser;
  }

  /** The models of this JVM, loaded by the first caller (seconds) while later callers wait. */
  static synchronized NlpModels shared() {
    NlpModels models = shared.get();
    if (models == null) {
      models = load(CoreNlpAnnotator.pipelineProperties());
      shared = new WeakReference<>(models);
    }
    return models;
  }

  /** Models loaded afresh with pipeline properties {@code p}, not shared: for experiments on other settings. */
  static NlpModels load(Properties p) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService loader = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "sitrep-load-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Future<SentenceParser> parser = loader.submit(() -> SentenceParser.load(loader));
      Future<Annotator> ner = loader.submit(() -> {
        try {
          return new NERCombinerAnnotator(p);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
        }
      });
      Future<Annotator> tagger = loader.submit(() -> new POSTaggerAnnotator("pos", p));
      Annotator tokenizer = new TokenizerAnnotator(p);
      Annotator lemmatizer = new MorphaAnnotator(false);
      return new NlpModels(tokenizer, get(tagger), lemmatizer, get(ner), get(parser));
    } finally {
      loader.shutdown();
    }
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading CoreNLP's models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load CoreNLP's models", e.getCause());
    }
  }

}
