package org.sitrep.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An article as the extractors see it: the original text and CoreNLP's annotation of it, frozen
 * into records. Immutable and safe to share; every index below is computed once, here.
 */
public final class Document {

  private final String text;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final List<Quotation> quotations;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;
  private final int[] sentenceBegins;
  private final int[] tokenBegins;

  public Document(
      String text,
      List<Sentence> sentences,
      List<Token> tokens,
      List<Mention> mentions,
      List<Quotation> quotations) {
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.mentions = List.copyOf(mentions);
    this.quotations = List.copyOf(quotations);
    int n = this.tokens.size();
    this.heads = new int[n];
    this.relations = new String[n];
    Arrays.fill(heads, -1);
    List<List<Integer>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(2));
    }
    for (Sentence s : this.sentences) {
      for (Dependency d : s.dependencies()) {
        heads[d.dependent()] = d.governor();
        relations[d.dependent()] = d.relation();
        if (d.governor() >= 0) {
          kids.get(d.governor()).add(d.dependent());
        }
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(n);
    for (List<Integer> k : kids) {
      Collections.sort(k);
      frozen.add(List.copyOf(k));
    }
    this.children = Collections.unmodifiableList(frozen);
    this.sentenceBegins = this.sentences.stream().mapToInt(Sentence::begin).toArray();
    this.tokenBegins = this.tokens.stream().mapToInt(Token::begin).toArray();
  }

  public String text() {
    return text;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public List<Quotation> quotations() {
    return quotations;
  }

  /** The tokens of one sentence, as a view. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** Index of the sentence holding {@code offset}, or of the last sentence before it; 0 if none. */
  public int sentenceIndexAt(int offset) {
    int i = Arrays.binarySearch(sentenceBegins, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, i);
  }

  /** Index of the token holding {@code offset}, or of the first token after it; -1 past the end. */
  public int tokenIndexAt(int offset) {
    int i = Arrays.binarySearch(tokenBegins, offset);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    if (before >= 0 && tokens.get(before).end() > offset) {
      return before;
    }
    int after = -i - 1;
    return after < tokens.size() ? after : -1;
  }

  /** The dependency head of a token, or -1 for a root or an unparsed sentence. */
  public int head(int token) {
    return heads[token];
  }

  /** The relation from a token to its head ("nsubj", "obj", ...), or null for a root or unparsed. */
  public String relation(int token) {
    return relations[token];
  }

  /** The dependents of a token, in text order. */
  public List<Integer> children(int token) {
    return children.get(token);
  }

  /**
   * The tokens of the dependency subtree under {@code token}, from its leftmost to its rightmost
   * token: the phrase it heads. Iterative, so a deep parse cannot overflow the stack.
   */
  public TokenRange subtree(int token) {
    int first = token;
    int last = token;
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.push(token);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      first = Math.min(first, t);
      last = Math.max(last, t);
      for (int c : children.get(t)) {
        todo.push(c);
      }
    }
    return TokenRange.inclusive(first, last);
  }

  /** The characters the tokens of {@code range} cover, from the first's begin to the last's end. */
  public Span span(TokenRange range) {
    if (range.isEmpty()) {
      int at = range.first() < tokens.size() ? tokens.get(range.first()).begin() : text.length();
      return new Span(at, at);
    }
    return new Span(tokens.get(range.first()).begin(), tokens.get(range.last()).end());
  }

  /** The text the tokens of {@code range} cover. */
  public String text(TokenRange range) {
    return text(span(range));
  }

  /** The first dependent of {@code token} whose relation starts with {@code relationPrefix}, or -1. */
  public int child(int token, String relationPrefix) {
    for (int c : children.get(token)) {
      String r = relations[c];
      if (r != null && r.startsWith(relationPrefix)) {
        return c;
      }
    }
    return -1;
  }

  public String text(Span span) {
    return text.substring(span.begin(), span.end());
  }

  public String text(int begin, int end) {
    return text.substring(begin, end);
  }

  /** The quotation whose marks enclose {@code offset}, innermost first; null when none. */
  public Quotation quotationAt(int offset) {
    Quotation best = null;
    for (Quotation q : quotations) {
      if (q.begin() <= offset && offset < q.end()) {
        if (best == null || q.begin() >= best.begin()) {
          best = q;
        }
      }
    }
    return best;
  }
}
