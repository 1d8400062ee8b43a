package org.sitrep.internal.render;

import org.sitrep.claim.Category;
import org.sitrep.claim.FigureClaim;
import org.sitrep.claim.LocationClaim;
import org.sitrep.claim.Modality;
import org.sitrep.claim.Mode;
import org.sitrep.claim.Place;
import org.sitrep.claim.PlaceKind;
import org.sitrep.claim.Polarity;
import org.sitrep.claim.Qualifier;
import org.sitrep.claim.Source;
import org.sitrep.claim.SourceKind;
import org.sitrep.claim.SpeakerClaim;
import org.sitrep.claim.StanceAct;
import org.sitrep.claim.StanceClaim;

/** Hand-made claims over a test text, so the render tests do not depend on the extractors. */
final class Claims {

  private final String text;

  Claims(String text) {
    this.text = text;
  }

  /** Offset of the {@code nth} (0-based) occurrence of {@code s}. */
  int at(String s, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(s, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException("not in the text: " + s);
      }
    }
    return i;
  }

  int at(String s) {
    return at(s, 0);
  }

  SpeakerClaim statement(String id, int begin, int end, String speaker) {
    return new SpeakerClaim(id, Source.of(speaker, SourceKind.PERSON, "spokesman", "UA"), begin, end,
        text.substring(begin, end), 0, 0.9, null, Mode.DIRECT, "say");
  }

  FigureClaim figure(String id, int begin, int end) {
    return new FigureClaim(id, null, begin, end, text.substring(begin, end), 0, 0.8, null, 12, null, null,
        Qualifier.AT_LEAST, "at least", "soldiers", "soldiers", Category.KILLED, null,
        new Place("Kharkiv", PlaceKind.CITY, "UA", null, null, null), Modality.ASSERTED);
  }

  LocationClaim location(String id, int begin, int end) {
    return new LocationClaim(id, null, begin, end, text.substring(begin, end), 0, 0.7, null,
        Source.of("troops", SourceKind.GROUP, null, null), new Place("Kharkiv", PlaceKind.CITY, "UA", null, null, null), "near");
  }

  StanceClaim stance(String id, int begin, int end, Source holder) {
    return new StanceClaim(id, holder, begin, end, text.substring(begin, end), 0, 0.6, null,
        Source.of("Russia", SourceKind.COUNTRY, null, "RU"), StanceAct.CONDEMN, Polarity.NEGATIVE, "condemn");
  }
}
