package org.sitrep.internal.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The feed-forward network of CoreNLP's neural dependency parser ({@code nndep.Classifier}), run
 * to give bit for bit the scores CoreNLP's own {@code computeScores} gives: every sum is taken in
 * the same order, with the same float and double roundings. What differs is only how the work is
 * scheduled, measured as most of sitrep's CPU before (docs/performance.md):
 *
 * <ul>
 *   <li>the output layer is summed for all transitions at once, by hidden unit, in a loop the JIT
 *       vectorizes (each transition's sum still runs over the hidden units in order); when only a
 *       few transitions can apply (the stack holds the root and one word), those alone are
 *       computed, four at a time;
 *   <li>the rows CoreNLP precomputes at load (20,000 feature ids its model lists, each a thousand
 *       sums of fifty products: about a billion multiplications, seconds of a build) are computed
 *       on first use instead, with the same doubles, and looked up in a table of ints, not a map
 *       of boxed integers; a run computes only the rows its sentences reach;
 *   <li>rows that are not precomputed are kept in a lock-free cache (CoreNLP's is one
 *       synchronized LRU map shared by every thread), with the value CoreNLP's cache holds.
 * </ul>
 */
final class ParserNetwork {

  /** Slots of the cache of computed rows: 4 KB each, 64 MB when full. */
  private static final int CACHE_SLOTS = 1 << 14;

  private final float[][] embeddings;
  /** The hidden-layer weights by hidden unit ({@code [unit][feature * embeddingSize + j]}), CoreNLP's {@code W1}. */
  private final float[][] hiddenWeights;
  /**
   * The output weights by hidden unit, widened to doubles (exactly: what CoreNLP's {@code double
   * * float} product does to each weight anyway), so that all scores are summed at once in a loop
   * the JIT vectorizes.
   */
  private final double[][] outputWeightsByHidden;
  private final float[] hiddenBias;
  private final float[][] outputWeights;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int featureCount;
  private final IntIndex precomputedIndex;
  /** Rows of the precomputed ids, each computed when first needed; any thread may fill a slot, all fill it alike. */
  private final AtomicReferenceArray<double[]> precomputed;
  private final RowCache cache = new RowCache(CACHE_SLOTS);

  /**
   * @param precomputedIds the feature ids whose hidden-layer rows CoreNLP precomputes (in its
   *     order: only membership matters), each {@code token * featureCount + position}
   */
  ParserNetwork(float[][] embeddings, float[][] hiddenWeightsByInput, float[] hiddenBias, float[][] outputWeights,
      int featureCount, List<Integer> precomputedIds) {
    this.embeddings = embeddings;
    this.hiddenWeights = transpose(hiddenWeightsByInput);
    this.hiddenBias = hiddenBias;
    this.outputWeights = outputWeights;
    this.embeddingSize = embeddings[0].length;
    this.hiddenSize = hiddenBias.length;
    this.featureCount = featureCount;
    if (hiddenWeightsByInput.length != featureCount * embeddingSize || hiddenWeightsByInput[0].length != hiddenSize) {
      throw new IllegalArgumentException("parser network shapes do not fit: " + hiddenWeightsByInput.length
          + " hidden-weight columns for " + featureCount + " features of " + embeddingSize);
    }
    this.outputWeightsByHidden = widen(transpose(outputWeights));
    this.precomputedIndex = new IntIndex(precomputedIds);
    this.precomputed = new AtomicReferenceArray<>(precomputedIds.size());
  }

  int hiddenSize() {
    return hiddenSize;
  }

  int transitions() {
    return outputWeights.length;
  }

  /** The activated hidden layer for one feature vector ({@code featureCount} token ids) into {@code hidden}. */
  void hidden(int[] features, double[] hidden) {
    Arrays.fill(hidden, 0.0);
    for (int j = 0; j < features.length; j++) {
      int tok = features[j];
      int id = tok * featureCount + j;
      int row = precomputedIndex.get(id);
      if (row >= 0) {
        double[] pre = precomputed.getAcquire(row);
        if (pre == null) {
          pre = precomputedRow(embeddings[tok], j * embeddingSize);
          precomputed.setRelease(row, pre);
        }
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += pre[i];
        }
      } else {
        float[] slice = cache.get(id);
        if (slice == null) {
          slice = slice(embeddings[tok], j * embeddingSize);
          cache.put(id, slice);
        }
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += slice[i];
        }
      }
    }
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] += hiddenBias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
  }

  /**
   * The scores of {@code count} transitions (ids in {@code which}) into {@code scores[id]}; the
   * other entries are left as they are. Four rows at a time, each summed in index order.
   */
  void scores(double[] hidden, int[] which, int count, double[] scores) {
    int k = 0;
    for (; k + 3 < count; k += 4) {
      float[] w0 = outputWeights[which[k]];
      float[] w1 = outputWeights[which[k + 1]];
      float[] w2 = outputWeights[which[k + 2]];
      float[] w3 = outputWeights[which[k + 3]];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int i = 0; i < hidden.length; i++) {
        double h = hidden[i];
        s0 += h * w0[i];
        s1 += h * w1[i];
        s2 += h * w2[i];
        s3 += h * w3[i];
      }
      scores[which[k]] = s0;
      scores[which[k + 1]] = s1;
      scores[which[k + 2]] = s2;
      scores[which[k + 3]] = s3;
    }
    for (; k < count; k++) {
      float[] w = outputWeights[which[k]];
      double s = 0;
      for (int i = 0; i < hidden.length; i++) {
        s += hidden[i] * w[i];
      }
      scores[which[k]] = s;
    }
  }

  private static double[][] widen(float[][] m) {
    double[][] d = new double[m.length][m[0].length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[0].length; j++) {
        d[i][j] = m[i][j];
      }
    }
    return d;
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[0].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /** All transitions' scores, summed per transition in hidden-unit order, across transitions at once. */
  void allScores(double[] hidden, double[] scores) {
    Arrays.fill(scores, 0.0);
    for (int i = 0; i < hidden.length; i++) {
      double h = hidden[i];
      double[] w = outputWeightsByHidden[i];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += h * w[t];
      }
    }
  }

  /** One feature's hidden-layer contribution, rounded to floats as CoreNLP's cache holds it. */
  private float[] slice(float[] embedding, int column) {
    double[] sums = precomputedRow(embedding, column);
    float[] out = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      out[i] = (float) sums[i];
    }
    return out;
  }

  /**
   * One feature's contribution kept in doubles, as CoreNLP's {@code preCompute} keeps it: for each
   * hidden unit the float products summed over the embedding in order, eight units at a time so
   * that eight independent sums keep the floating-point units busy.
   */
  private double[] precomputedRow(float[] embedding, int column) {
    double[] out = new double[hiddenSize];
    int i = 0;
    for (; i + 7 < hiddenSize; i += 8) {
      float[] r0 = hiddenWeights[i];
      float[] r1 = hiddenWeights[i + 1];
      float[] r2 = hiddenWeights[i + 2];
      float[] r3 = hiddenWeights[i + 3];
      float[] r4 = hiddenWeights[i + 4];
      float[] r5 = hiddenWeights[i + 5];
      float[] r6 = hiddenWeights[i + 6];
      float[] r7 = hiddenWeights[i + 7];
      double p0 = 0;
      double p1 = 0;
      double p2 = 0;
      double p3 = 0;
      double p4 = 0;
      double p5 = 0;
      double p6 = 0;
      double p7 = 0;
      for (int j = 0; j < embedding.length; j++) {
        float e = embedding[j];
        int c = column + j;
        p0 += r0[c] * e;
        p1 += r1[c] * e;
        p2 += r2[c] * e;
        p3 += r3[c] * e;
        p4 += r4[c] * e;
        p5 += r5[c] * e;
        p6 += r6[c] * e;
        p7 += r7[c] * e;
      }
      out[i] = p0;
      out[i + 1] = p1;
      out[i + 2] = p2;
      out[i + 3] = p3;
      out[i + 4] = p4;
      out[i + 5] = p5;
      out[i + 6] = p6;
      out[i + 7] = p7;
    }
    for (; i < hiddenSize; i++) {
      float[] r = hiddenWeights[i];
      double p = 0;
      for (int j = 0; j < embedding.length; j++) {
        p += r[column + j] * embedding[j];
      }
      out[i] = p;
    }
    return out;
  }

  /** How many of the precomputed ids' rows have been computed so far. */
  int precomputedRowsComputed() {
    int n = 0;
    for (int i = 0; i < precomputed.length(); i++) {
      if (precomputed.getAcquire(i) != null) {
        n++;
      }
    }
    return n;
  }

  /** Feature id to row number, by open addressing over ints; -1 when absent. */
  static final class IntIndex {
    private final int[] keys;
    private final int[] rows;
    private final int mask;

    IntIndex(List<Integer> ids) {
      int size = Integer.highestOneBit(Math.max(2, ids.size()) * 4 - 1);
      keys = new int[size];
      rows = new int[size];
      mask = size - 1;
      Arrays.fill(keys, -1);
      for (int row = 0; row < ids.size(); row++) {
        int id = ids.get(row);
        if (id < 0) {
          throw new IllegalArgumentException("negative feature id " + id);
        }
        int slot = mix(id) & mask;
        while (keys[slot] != -1 && keys[slot] != id) {
          slot = (slot + 1) & mask;
        }
        if (keys[slot] == -1) {
          keys[slot] = id;
          rows[slot] = row;
        }
      }
    }

    int get(int id) {
      int slot = mix(id) & mask;
      while (true) {
        int k = keys[slot];
        if (k == id) {
          return rows[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  /**
   * A direct-mapped cache of computed rows shared by all threads without a lock: an entry is an
   * immutable object, so a thread sees a whole entry or none, and a value is the same whoever
   * computed it; a collision only costs a recomputation.
   */
  static final class RowCache {
    private record Entry(int id, float[] row) {}

    private final Entry[] slots;
    private final int mask;

    RowCache(int size) {
      slots = new Entry[size];
      mask = size - 1;
    }

    float[] get(int id) {
      Entry e = slots[mix(id) & mask];
      return e != null && e.id == id ? e.row : null;
    }

    void put(int id, float[] row) {
      slots[mix(id) & mask] = new Entry(id, row);
    }
  }

  static int mix(int x) {
    x *= 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
