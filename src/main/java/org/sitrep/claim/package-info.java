/**
 * The claim model of the {@code sitrep.claims/1} contract: the sealed {@link org.sitrep.claim.Claim}
 * with its four records, {@link org.sitrep.claim.Source}, {@link org.sitrep.claim.Place} and the
 * enums. Values only: this package depends on nothing else of sitrep's and nothing of CoreNLP's.
 * Jackson annotations name the wire fields, so the records are the contract.
 */
package org.sitrep.claim;
