package org.sitrep.archfixture.claim;

import org.sitrep.archfixture.internal.extract.Resolver;

/** Bad twice: claim may use nothing of ours, and an API type must not hand out an internal one. */
public final class ClaimThatImportsExtract {

  public Resolver resolver() {
    return new Resolver();
  }
}
