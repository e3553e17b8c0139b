package dev.tandem.crm.control;

import java.util.Locale;

/**
 * Search boxes' text as a JPQL {@code LIKE} pattern: lower case, wildcards typed by the user taken literally
 * (escaped with {@code !}, the queries say {@code ESCAPE '!'}).
 */
final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches values that contain {@code text}; a blank or missing text matches everything. */
    static String containing(String text) {
        String literal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
