package org.sitrep.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays spans over a text as nested {@code <mark>} elements, keeping the text itself intact.
 *
 * <p>Spans that nest become nested elements. Spans that cross (one starts inside another and ends
 * after it) cannot, so at the end of the inner-starting one the open elements above it are closed
 * and reopened as continuation pieces: every span has exactly one head element, written where it
 * begins, and zero or more pieces after it (which carry {@code data-part-of}, never the claim's id).
 * Longer spans open first at a shared begin, so a statement wraps the figures it holds.
 *
 * <p>A boundary inside a surrogate pair is moved outwards to the code point's edge, since a lone
 * surrogate cannot be written as HTML; the data attributes keep the exact offsets.
 */
final class Highlighter {

  static final String CLOSE = "</mark>";

  private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::begin)
      .thenComparing(Comparator.comparingInt(Span::end).reversed())
      .thenComparingInt(Span::rank);

  private Highlighter() {}

  /** Writes {@code text} with {@code spans} (all within the text) laid over it. */
  static void write(String text, List<Span> spans, StringBuilder out) {
    List<Span> order = new ArrayList<>(spans.size());
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Span s : spans) {
      Span snapped = new Span(snapBegin(text, s.begin()), snapEnd(text, s.end()), s.rank(), s.headTag(), s.pieceTag());
      if (snapped.end() > text.length()) {
        throw new IllegalArgumentException("span " + s.begin() + ".." + s.end() + " outside a text of " + text.length());
      }
      order.add(snapped);
      cuts.add(snapped.begin());
      cuts.add(snapped.end());
    }
    order.sort(ORDER);
    List<Span> open = new ArrayList<>();
    int pos = 0;
    int next = 0;
    for (int cut : cuts) {
      Html.appendText(out, text, pos, cut);
      pos = cut;
      closeEndingAt(cut, open, out);
      while (next < order.size() && order.get(next).begin() == cut) {
        Span s = order.get(next++);
        out.append(s.headTag());
        if (s.end() == cut) {
          out.append(CLOSE);
        } else {
          open.add(s);
        }
      }
    }
    Html.appendText(out, text, pos, text.length());
    for (int i = 0; i < open.size(); i++) {
      out.append(CLOSE);
    }
  }

  /** Closes the spans that end here and everything opened inside them; reopens the survivors. */
  private static void closeEndingAt(int cut, List<Span> open, StringBuilder out) {
    int lowest = -1;
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).end() == cut) {
        lowest = i;
        break;
      }
    }
    if (lowest < 0) {
      return;
    }
    List<Span> survivors = new ArrayList<>();
    for (int i = open.size() - 1; i >= lowest; i--) {
      Span s = open.remove(i);
      out.append(CLOSE);
      if (s.end() != cut) {
        survivors.add(0, s);
      }
    }
    for (Span s : survivors) {
      out.append(s.pieceTag());
      open.add(s);
    }
  }

  static int snapBegin(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
  }

  static int snapEnd(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1)) ? i + 1 : i;
  }
}
