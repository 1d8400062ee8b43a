package org.sitrep.extract.location;

import org.sitrep.claim.Place;

/**
 * A place named in the text: tokens {@code firstToken..endToken} (exclusive) at characters
 * {@code begin..end}, the token that heads it in the dependency parse, and its resolved place.
 */
record PlaceMention(int firstToken, int endToken, int begin, int end, int head, Place place) {}
