/**
 * JSON for {@code sitrep.claims/1}: {@link org.sitrep.json.SitrepJson} holds the one Jackson
 * mapper, configured once; the JSON Schema of the contract is the resource {@code
 * org/sitrep/json/sitrep.claims-1.schema.json}.
 */
package org.sitrep.json;
