package org.sitrep.internal.eval;

import java.util.List;

/** A speaker as the scorer sees it: the name, and for gold the other names it goes by. */
public record EvalSource(String name, List<String> aliases) {

  public EvalSource {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public static EvalSource of(String name, String... aliases) {
    return new EvalSource(name, List.of(aliases));
  }
}
