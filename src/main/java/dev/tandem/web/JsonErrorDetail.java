package dev.tandem.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a JSON binding failure in words that name the field, without echoing parser internals or Java class
 * names to the caller.
 */
final class JsonErrorDetail {

    private static final Pattern PROPERTY = Pattern.compile("property[: ]+'?([A-Za-z0-9_]+)'?");
    private static final Pattern ENUM = Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");

    private JsonErrorDetail() {
    }

    static String describe(Throwable error) {
        String all = messages(error);
        Matcher property = PROPERTY.matcher(all);
        String field = property.find() ? property.group(1) : null;
        Matcher unknownEnum = ENUM.matcher(all);
        if (unknownEnum.find()) {
            return (field == null ? "A field" : "Field '" + field + "'") + " has an unknown value '"
                    + unknownEnum.group(1) + "'.";
        }
        if (field != null) {
            return "Field '" + field + "' has the wrong type or format.";
        }
        return "The body is not valid JSON for this request.";
    }

    private static String messages(Throwable error) {
        var all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }
}
