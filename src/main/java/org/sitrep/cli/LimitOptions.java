package org.sitrep.cli;

import java.time.Duration;
import org.sitrep.Sitrep;
import picocli.CommandLine.Option;

/** The limits a user can set on the command line; unset ones keep the library's defaults. */
final class LimitOptions {

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest article text accepted, in characters (default 1000000); longer gives TOO_LARGE.")
  Integer maxChars;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Time limit per article (default 120; 0 for none); over it gives TIMEOUT.")
  Double timeoutSeconds;

  @Option(names = "--max-parse-tokens", paramLabel = "N",
      description = "Sentences with more tokens are searched but not parsed (default 120).")
  Integer maxParseTokens;

  boolean isDefault() {
    return maxChars == null && timeoutSeconds == null && maxParseTokens == null;
  }

  /** Whether extractions run under a time limit (the default), on at most one worker per core. */
  boolean timeLimited() {
    return timeoutSeconds == null || timeoutSeconds.isNaN() || Math.round(timeoutSeconds * 1000) > 0;
  }

  Sitrep.Builder configure(Sitrep.Builder builder) {
    if (maxChars != null) {
      builder.maxChars(maxChars);
    }
    if (timeoutSeconds != null) {
      if (timeoutSeconds < 0 || timeoutSeconds.isNaN()) {
        throw new IllegalArgumentException("--timeout must be 0 or more seconds, was " + timeoutSeconds);
      }
      builder.timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }
    if (maxParseTokens != null) {
      builder.maxParseTokens(maxParseTokens);
    }
    return builder;
  }
}
