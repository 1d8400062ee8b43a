package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Watches the input records as they pass and tells, at the end, what a user would otherwise never
 * learn: records whose id repeats an earlier one (each is still extracted and has its own line)
 * and records whose bytes were not all UTF-8 (read as U+FFFD). Ids are remembered as 64-bit
 * hashes, 16 bytes each, so that a batch of millions stays small; two different ids sharing a
 * hash, which would count a repeat too many, has odds of about one in 10^7 for 10 million ids.
 */
final class InputReport {

  private final LongSet ids = new LongSet();
  private long repeated;
  private String firstRepeat;
  private long invalidRecords;
  private long invalidSequences;
  private String firstInvalid;

  /** {@code records}, watched as they are taken. */
  Iterator<InputRecord> watch(Iterator<InputRecord> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public InputRecord next() {
        InputRecord r = records.next();
        see(r);
        return r;
      }
    };
  }

  void see(InputRecord r) {
    String id = r.article().id();
    if (id != null && !id.equals(r.origin()) && !ids.add(ResumeState.hash(id))) {
      if (repeated++ == 0) {
        firstRepeat = "'" + id + "' at " + r.origin();
      }
    }
    if (r.invalidUtf8() > 0) {
      if (invalidRecords++ == 0) {
        firstInvalid = r.origin();
      }
      invalidSequences += r.invalidUtf8();
    }
  }

  long repeated() {
    return repeated;
  }

  long invalidRecords() {
    return invalidRecords;
  }

  /** One line per finding, for standard error; none when all is well. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    if (repeated > 0) {
      out.add(String.format(Locale.ROOT, "sitrep: %d %s an id seen before (first: %s); each was extracted and has its own line",
          repeated, repeated == 1 ? "record repeats" : "records repeat", firstRepeat));
    }
    if (invalidRecords > 0) {
      out.add(String.format(Locale.ROOT, "sitrep: %d %s bytes that are not UTF-8 (%d %s read as U+FFFD; first: %s)",
          invalidRecords, invalidRecords == 1 ? "record holds" : "records hold", invalidSequences,
          invalidSequences == 1 ? "sequence" : "sequences", firstInvalid));
    }
    return out;
  }

  /** A set of longs by open addressing: two arrays' worth of memory, no boxing. */
  static final class LongSet {
    private long[] slots = new long[1024];
    private boolean hasZero;
    private int size;

    /** Adds {@code v}; false when it was there already. */
    boolean add(long v) {
      if (v == 0) {
        boolean added = !hasZero;
        hasZero = true;
        return added;
      }
      if (size * 2 >= slots.length) {
        grow();
      }
      return insert(v);
    }

    private boolean insert(long v) {
      int mask = slots.length - 1;
      int i = (int) mix(v) & mask;
      while (slots[i] != 0) {
        if (slots[i] == v) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = v;
      size++;
      return true;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (long v : old) {
        if (v != 0) {
          insert(v);
        }
      }
    }

    private static long mix(long v) {
      v ^= v >>> 33;
      v *= 0xff51afd7ed558ccdL;
      v ^= v >>> 33;
      return v;
    }
  }
}
