package org.sitrep.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An article as the extractors see it: the original text and CoreNLP's annotation of it, frozen
 * into records. Immutable and safe to share; every index below is computed once, here.
 *
 * <p>Offsets are UTF-16 indices into {@link #text()}, end exclusive; tokens are numbered across the
 * whole article ({@link Token#index()}), and the dependency lookups ({@link #head}, {@link
 * #relation}, {@link #children}) take those numbers. A test may build a document by hand from
 * the records.
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

  /**
   * Freezes an annotation and builds its indexes.
   *
   * @param text the article's text
   * @param sentences its sentences in text order, each with its dependency edges
   * @param tokens its tokens in text order, numbered from 0
   * @param mentions its named-entity mentions
   * @param quotations its quotations
   */
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

  /**
   * The article's text, as given.
   *
   * @return the text every offset indexes
   */
  public String text() {
    return text;
  }

  /**
   * The sentences, in text order.
   *
   * @return an unmodifiable list
   */
  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * All tokens of the article, in text order; a token's index is its position here.
   *
   * @return an unmodifiable list
   */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * The named-entity mentions, in text order.
   *
   * @return an unmodifiable list
   */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * The quotations, in text order.
   *
   * @return an unmodifiable list
   */
  public List<Quotation> quotations() {
    return quotations;
  }

  /**
   * The tokens of one sentence, as a view.
   *
   * @param sentence a sentence of this document
   * @return its tokens
   */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /**
   * The sentence that holds a token.
   *
   * @param token a token of this document
   * @return its sentence
   */
  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /**
   * The sentence at a character offset.
   *
   * @param offset a character index
   * @return the index of the sentence holding {@code offset}, or of the last sentence before it; 0 if none
   */
  public int sentenceIndexAt(int offset) {
    int i = Arrays.binarySearch(sentenceBegins, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, i);
  }

  /**
   * The token at a character offset.
   *
   * @param offset a character index
   * @return the index of the token holding {@code offset}, or of the first token after it; -1 past the end
   */
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

  /**
   * The dependency head of a token.
   *
   * @param token a token index
   * @return the head's index, or -1 for a root or a token of an unparsed sentence
   */
  public int head(int token) {
    return heads[token];
  }

  /**
   * The relation from a token to its head.
   *
   * @param token a token index
   * @return "nsubj", "obj", ...; null for a root or a token of an unparsed sentence
   */
  public String relation(int token) {
    return relations[token];
  }

  /**
   * The dependents of a token.
   *
   * @param token a token index
   * @return their indexes in text order, possibly none
   */
  public List<Integer> children(int token) {
    return children.get(token);
  }

  /**
   * The tokens of the dependency subtree under {@code token}, from its leftmost to its rightmost
   * token: the phrase it heads. Iterative, so a deep parse cannot overflow the stack.
   *
   * @param token a token index
   * @return the range of its subtree, {@code token} alone when it has no dependents
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

  /**
   * The characters the tokens of {@code range} cover, from the first's begin to the last's end.
   *
   * @param range a range of this document's tokens
   * @return their span; an empty span where an empty range stands
   */
  public Span span(TokenRange range) {
    if (range.isEmpty()) {
      int at = range.first() < tokens.size() ? tokens.get(range.first()).begin() : text.length();
      return new Span(at, at);
    }
    return new Span(tokens.get(range.first()).begin(), tokens.get(range.last()).end());
  }

  /**
   * The text the tokens of {@code range} cover.
   *
   * @param range a range of this document's tokens
   * @return the text of {@link #span(TokenRange)}
   */
  public String text(TokenRange range) {
    return text(span(range));
  }

  /**
   * The first dependent of {@code token} whose relation starts with {@code relationPrefix}.
   *
   * @param token a token index
   * @param relationPrefix the start of a relation: "nsubj" finds "nsubj" and "nsubj:pass"
   * @return the dependent's index, or -1 when none
   */
  public int child(int token, String relationPrefix) {
    for (int c : children.get(token)) {
      String r = relations[c];
      if (r != null && r.startsWith(relationPrefix)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The text at a span.
   *
   * @param span a span inside the text
   * @return the text it covers
   */
  public String text(Span span) {
    return text.substring(span.begin(), span.end());
  }

  /**
   * The text between two offsets.
   *
   * @param begin where it begins
   * @param end where it ends, exclusive
   * @return {@code text().substring(begin, end)}
   */
  public String text(int begin, int end) {
    return text.substring(begin, end);
  }

  /**
   * The quotation whose marks enclose {@code offset}, innermost first.
   *
   * @param offset a character index
   * @return the quotation, or null when none
   */
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
