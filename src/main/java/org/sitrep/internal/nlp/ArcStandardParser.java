package org.sitrep.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;

/**
 * CoreNLP's neural dependency parser ({@code nndep}, the English UD model) with its inference loop
 * rewritten for speed and checked to give the same parse: the arc-standard transitions, the 48
 * features and the choice of transition are CoreNLP's {@code DependencyParser.predict} step for
 * step (same tie-breaking, same interrupt check), and the scores come from {@link ParserNetwork},
 * which computes CoreNLP's bit for bit. The result is the {@link GrammaticalStructure} that
 * {@code predict} builds, from which the caller takes the basic dependencies only.
 *
 * <p>The model is CoreNLP's default English UD model, read by {@link ParserModelFile} into the
 * values CoreNLP's loader holds (vocabulary, weights, precomputed feature ids; the precomputation
 * itself {@link ParserNetwork} does row by row on first use). {@link #load} returns null for a model
 * this class does not parse like CoreNLP, and the caller falls back to {@code predict}.
 */
final class ArcStandardParser implements SentenceParser {

  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final int SHIFT = 2;
  private static final int FEATURES = 48;
  /** Up to this many transitions that can apply, they are scored one by one, else all at once. */
  private static final int FEW_CANDIDATES = 8;
  private static final int POS_OFFSET = 18;
  private static final int LABEL_OFFSET = 36;
  private static final int STACK_OFFSET = 6;
  private static final int STACK_NUMBER = 6;

  private final Vocabulary vocabulary;
  private final ParserNetwork network;
  private final int[] kind;
  private final boolean[] rootLabel;
  private final int[] labelId;
  private final String[] label;
  private final GrammaticalRelation[] relation;
  private final int rootWord;
  private final int nullWord;
  private final int rootPos;
  private final int nullPos;
  private final int nullLabel;

  private ArcStandardParser(Vocabulary vocabulary, ParserNetwork network, List<String> transitions) {
    this.vocabulary = vocabulary;
    this.network = network;
    int n = transitions.size();
    if (n != network.transitions()) {
      throw new IllegalStateException(n + " transitions but " + network.transitions() + " output rows");
    }
    kind = new int[n];
    rootLabel = new boolean[n];
    labelId = new int[n];
    label = new String[n];
    relation = new GrammaticalRelation[n];
    String root = transitions.get(0).substring(2, transitions.get(0).length() - 1);
    for (int t = 0; t < n; t++) {
      String tr = transitions.get(t);
      if (tr.startsWith("L") || tr.startsWith("R")) {
        kind[t] = tr.startsWith("L") ? LEFT : RIGHT;
        label[t] = tr.substring(2, tr.length() - 1);
        rootLabel[t] = label[t].equals(root);
        labelId[t] = vocabulary.labelId(label[t]);
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label[t]);
        relation[t] = known != null ? known
            : new GrammaticalRelation(Language.UniversalEnglish, label[t], null, GrammaticalRelation.DEPENDENT);
      } else {
        kind[t] = SHIFT;
      }
    }
    rootWord = vocabulary.wordId(Config.ROOT);
    nullWord = vocabulary.wordId(Config.NULL);
    rootPos = vocabulary.tagId(Config.ROOT);
    nullPos = vocabulary.tagId(Config.NULL);
    nullLabel = vocabulary.labelId(Config.NULL);
  }

  /**
   * Loads CoreNLP's default English model and builds the fast parser on it, reading on {@code
   * pool}; null when the model is not one this class parses like CoreNLP
   * (another language, another transition system).
   */
  static ArcStandardParser load(ExecutorService pool) {
    return load(ParserModelFile.read(DependencyParser.DEFAULT_MODEL, pool));
  }

  /** The fast parser on a model read by {@link ParserModelFile}; null when it is not an English UD model. */
  static ArcStandardParser load(ParserModelFile.Model model) {
    Language language = model.language() == null ? new Config(new Properties()).language
        : Config.getLanguage(model.language());
    if (language != Language.UniversalEnglish) {
      return null;
    }
    Vocabulary vocabulary = new Vocabulary(model.words(), model.tags(), model.labels());
    int precomputed = Math.min(model.precomputed().length, new Config(new Properties()).numPreComputed);
    List<Integer> ids = new ArrayList<>(precomputed);
    for (int k = 0; k < precomputed; k++) {
      ids.add(model.precomputed()[k]);
    }
    ParserNetwork network = new ParserNetwork(model.embeddings(), model.hiddenWeightsByInput(), model.hiddenBias(),
        model.outputWeights(), FEATURES, ids);
    return new ArcStandardParser(vocabulary, network, transitions(model.labels()));
  }

  /**
   * CoreNLP's {@code ArcStandard} transitions: the labels without the first ({@code -NULL-}),
   * each as a left arc, then each as a right arc, then shift.
   */
  static List<String> transitions(List<String> labels) {
    List<String> moves = new ArrayList<>();
    List<String> arcs = labels.subList(1, labels.size());
    for (String label : arcs) {
      moves.add("L(" + label + ')');
    }
    for (String label : arcs) {
      moves.add("R(" + label + ')');
    }
    moves.add("S");
    return moves;
  }

  /**
   * Word, tag and label ids as CoreNLP's {@code DependencyParser} numbers them: one sequence over
   * words, then tags, then labels (a later duplicate wins), unknown words and tags to {@code
   * -UNKNOWN-}.
   */
  static final class Vocabulary {
    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> tags = new HashMap<>();
    private final Map<String, Integer> labels = new HashMap<>();

    Vocabulary(List<String> words, List<String> tags, List<String> labels) {
      int index = 0;
      for (String w : words) {
        this.words.put(w, index++);
      }
      for (String t : tags) {
        this.tags.put(t, index++);
      }
      for (String l : labels) {
        this.labels.put(l, index++);
      }
    }

    int wordId(String word) {
      Integer id = words.get(word);
      return id != null ? id : words.get(Config.UNKNOWN);
    }

    int tagId(String tag) {
      Integer id = tags.get(tag);
      return id != null ? id : tags.get(Config.UNKNOWN);
    }

    int labelId(String label) {
      return labels.get(label);
    }
  }

  /** How many rows of the network's precomputed features this parser has computed so far. */
  int precomputedRowsComputed() {
    return network.precomputedRowsComputed();
  }

  /** What {@code DependencyParser.predict(sentence)} returns, for a sentence with POS tags. */
  @Override
  public GrammaticalStructure parse(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    State s = new State(tokens);
    int[] features = new int[FEATURES];
    double[] hidden = new double[network.hiddenSize()];
    double[] scores = new double[kind.length];
    int[] candidates = new int[kind.length];
    while (!(s.stackSize == 1 && s.bufferSize() == 0)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      s.features(features);
      network.hidden(features, hidden);
      int count = 0;
      for (int t = 0; t < kind.length; t++) {
        if (canApply(s, t)) {
          candidates[count++] = t;
        }
      }
      if (count > FEW_CANDIDATES) {
        network.allScores(hidden, scores);
      } else {
        network.scores(hidden, candidates, count, scores);
      }
      double best = Double.NEGATIVE_INFINITY;
      int chosen = -1;
      for (int k = 0; k < count; k++) {
        if (scores[candidates[k]] > best) {
          best = scores[candidates[k]];
          chosen = candidates[k];
        }
      }
      if (chosen < 0) {
        throw new IllegalStateException("no transition applies");
      }
      s.apply(chosen);
    }
    return s.structure(tokens);
  }

  /** ArcStandard.canApply, with single root. */
  private boolean canApply(State s, int t) {
    if (kind[t] == SHIFT) {
      return s.bufferSize() > 0;
    }
    int h = kind[t] == LEFT ? s.stack(0) : s.stack(1);
    if (h < 0 || (h == 0 && !rootLabel[t]) || (h > 0 && rootLabel[t])) {
      return false;
    }
    return kind[t] == LEFT ? s.stackSize > 2 : s.stackSize > 2 || (s.stackSize == 2 && s.bufferSize() == 0);
  }

  /** A parser configuration (CoreNLP's {@code Configuration}) over token indices 1..n, 0 the root, -1 none. */
  private final class State {
    final int n;
    final int[] word;
    final int[] pos;
    final int[] head;
    final int[] labelOf;
    final int[] transitionOf;
    final int[] stack;
    int stackSize;
    int next = 1;

    State(List<CoreLabel> tokens) {
      n = tokens.size();
      word = new int[n + 1];
      pos = new int[n + 1];
      head = new int[n + 1];
      labelOf = new int[n + 1];
      transitionOf = new int[n + 1];
      stack = new int[n + 1];
      word[0] = rootWord;
      pos[0] = rootPos;
      for (int k = 1; k <= n; k++) {
        word[k] = vocabulary.wordId(tokens.get(k - 1).word());
        pos[k] = vocabulary.tagId(tokens.get(k - 1).tag());
        head[k] = -1;
        labelOf[k] = -1; // never read: features read the labels of attached tokens only
        transitionOf[k] = -1;
      }
      stack[stackSize++] = 0;
    }

    int bufferSize() {
      return n - next + 1;
    }

    int stack(int k) {
      return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : -1;
    }

    int buffer(int k) {
      return k >= 0 && k < bufferSize() ? next + k : -1;
    }

    int wordAt(int k) {
      return k == 0 ? rootWord : k < 0 || k > n ? nullWord : word[k];
    }

    int posAt(int k) {
      return k == 0 ? rootPos : k < 0 || k > n ? nullPos : pos[k];
    }

    int labelAt(int k) {
      return k <= 0 || k > n ? nullLabel : labelOf[k];
    }

    int leftChild(int k, int cnt) {
      if (k < 0 || k > n) {
        return -1;
      }
      int c = 0;
      for (int i = 1; i < k; i++) {
        if (head[i] == k && ++c == cnt) {
          return i;
        }
      }
      return -1;
    }

    int rightChild(int k, int cnt) {
      if (k < 0 || k > n) {
        return -1;
      }
      int c = 0;
      for (int i = n; i > k; i--) {
        if (head[i] == k && ++c == cnt) {
          return i;
        }
      }
      return -1;
    }

    /** DependencyParser.getFeatureArray. */
    void features(int[] f) {
      for (int j = 2; j >= 0; j--) {
        int index = stack(j);
        f[2 - j] = wordAt(index);
        f[POS_OFFSET + 2 - j] = posAt(index);
      }
      for (int j = 0; j <= 2; j++) {
        int index = buffer(j);
        f[3 + j] = wordAt(index);
        f[POS_OFFSET + 3 + j] = posAt(index);
      }
      for (int j = 0; j <= 1; j++) {
        int k = stack(j);
        int base = STACK_OFFSET + j * STACK_NUMBER;
        int labels = LABEL_OFFSET + j * STACK_NUMBER;
        put(f, base, labels, leftChild(k, 1));
        put(f, base + 1, labels + 1, rightChild(k, 1));
        put(f, base + 2, labels + 2, leftChild(k, 2));
        put(f, base + 3, labels + 3, rightChild(k, 2));
        put(f, base + 4, labels + 4, leftChild(leftChild(k, 1), 1));
        put(f, base + 5, labels + 5, rightChild(rightChild(k, 1), 1));
      }
    }

    private void put(int[] f, int wordSlot, int labelSlot, int index) {
      f[wordSlot] = wordAt(index);
      f[POS_OFFSET + wordSlot] = posAt(index);
      f[labelSlot] = labelAt(index);
    }

    void apply(int t) {
      int w1 = stack(1);
      int w2 = stack(0);
      if (kind[t] == LEFT) {
        attach(w1, w2, t);
        stack[stackSize - 2] = stack[stackSize - 1];
        stackSize--;
      } else if (kind[t] == RIGHT) {
        attach(w2, w1, t);
        stackSize--;
      } else {
        stack[stackSize++] = next++;
      }
    }

    private void attach(int dependent, int governor, int t) {
      head[dependent] = governor;
      labelOf[dependent] = labelId[t];
      transitionOf[dependent] = t;
    }

    /** The tail of DependencyParser.predict: typed dependencies into a grammatical structure. */
    GrammaticalStructure structure(List<CoreLabel> tokens) {
      List<TypedDependency> dependencies = new ArrayList<>(n);
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      for (int i = 1; i <= n; i++) {
        int h = head[i];
        IndexedWord thisWord = new IndexedWord(tokens.get(i - 1));
        IndexedWord headWord = h == 0 ? root : new IndexedWord(tokens.get(h - 1));
        GrammaticalRelation reln = h == 0 ? GrammaticalRelation.ROOT : relation[transitionOf[i]];
        dependencies.add(new TypedDependency(reln, headWord, thisWord));
      }
      return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }
  }
}
