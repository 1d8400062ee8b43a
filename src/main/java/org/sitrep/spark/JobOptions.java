package org.sitrep.spark;

import java.util.Locale;

/**
 * The job's arguments: {@code --input PATH --format jsonl|parquet --output PATH --mode
 * json|claims [--partitions N] [--overwrite]}.
 */
record JobOptions(String input, Format format, String output, Mode mode, int partitions, boolean overwrite) {

  static final String USAGE = "usage: SitrepSparkJob --input PATH --format jsonl|parquet --output PATH"
      + " --mode json|claims [--partitions N] [--overwrite]";

  /** How the articles are stored. */
  enum Format { JSONL, PARQUET }

  /** What is written: the contract's JSON per article (JSON Lines) or the flat claims table (Parquet). */
  enum Mode { JSON, CLAIMS }

  static JobOptions parse(String[] args) {
    String input = null;
    String output = null;
    Format format = null;
    Mode mode = null;
    int partitions = 0;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> input = value(args, ++i, arg);
        case "--output" -> output = value(args, ++i, arg);
        case "--format" -> format = Format.valueOf(choice(value(args, ++i, arg), arg, "jsonl", "parquet"));
        case "--mode" -> mode = Mode.valueOf(choice(value(args, ++i, arg), arg, "json", "claims"));
        case "--partitions" -> partitions = positive(value(args, ++i, arg));
        case "--overwrite" -> overwrite = true;
        default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
      }
    }
    if (input == null || output == null || format == null || mode == null) {
      throw new IllegalArgumentException("--input, --format, --output and --mode are required\n" + USAGE);
    }
    return new JobOptions(input, format, output, mode, partitions, overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static String choice(String value, String option, String... allowed) {
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value)) {
        return a.toUpperCase(Locale.ROOT);
      }
    }
    throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", was " + value);
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--partitions must be a positive whole number, was " + value);
  }
}
