package org.sitrep.internal.geo;

import java.text.Normalizer;
import java.util.Locale;

/** The one normalisation that keys, queries and demonyms share. */
final class Names {

    /** Apostrophes of all shapes (straight, curly, modifier letters for ayn/hamza); "Sana'a" is "Sanaa". */
    private static final String APOSTROPHES = "'\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u0060\u00B4";

    private Names() {
    }

    /**
     * Lower case (root locale), accents and apostrophes and dots removed, every other run of
     * non-alphanumeric characters (hyphens, spaces, commas) one space, a leading "the " dropped.
     * "Côte d’Ivoire" and "cote divoire" fold alike; so do "Nagorno-Karabakh" and "Nagorno Karabakh".
     */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String d = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '.' || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                appendLetter(b, c);
            } else {
                pendingSpace = true;
            }
        }
        String folded = b.toString();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Letters that NFD does not decompose. */
    private static void appendLetter(StringBuilder b, char c) {
        switch (c) {
            case 'ł' -> b.append('l');
            case 'ø' -> b.append('o');
            case 'đ' -> b.append('d');
            case 'ħ' -> b.append('h');
            case 'ı' -> b.append('i');
            case 'ß' -> b.append("ss");
            case 'æ' -> b.append("ae");
            case 'œ' -> b.append("oe");
            default -> b.append(c);
        }
    }

    /**
     * The upper-case acronym a surface spells ("U.S." is "US", "UAE" is "UAE"), or null. Acronyms are
     * matched case-sensitively so that the pronoun "us" is not the United States.
     */
    static String acronym(String s) {
        s = s.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        StringBuilder b = new StringBuilder(5);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' && b.length() < 5) {
                b.append(c);
            } else if (c != '.' && !Character.isWhitespace(c)) {
                return null;
            }
        }
        return b.length() >= 2 && b.length() == countCapitals(s) ? b.toString() : null;
    }

    private static int countCapitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                n++;
            }
        }
        return n;
    }

    static int tokens(String folded) {
        if (folded.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
