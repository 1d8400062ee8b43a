package org.sitrep.archfixture.render;

import edu.stanford.nlp.ling.CoreLabel;

/** Bad: CoreNLP outside nlp. */
final class PageThatUsesCoreNlp {

  String word(CoreLabel label) {
    return label.word();
  }
}
