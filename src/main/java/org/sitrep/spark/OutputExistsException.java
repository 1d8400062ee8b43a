package org.sitrep.spark;

/** The job's output already exists and {@code --overwrite} was not given: nothing was read or written. */
public final class OutputExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  OutputExistsException(String output) {
    super("the output " + output + " already exists; pass --overwrite to replace it");
  }
}
