package dev.tandem.web;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a JSON binding failure in words that name the field, without echoing parser internals or Java class
 * names to the caller.
 */
final class JsonErrorDetail {

    private static final Pattern PROPERTY = Pattern.compile("property[: ]+'?([A-Za-z0-9_]+)'?");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

    private JsonErrorDetail() {
    }

    /** @param bodyType the class being read, to name the field of an unknown enum constant (JSON-B does not) */
    static String describe(Throwable error, Optional<Class<?>> bodyType) {
        String all = messages(error);
        Matcher property = PROPERTY.matcher(all);
        String field = property.find() ? property.group(1) : null;
        Matcher unknownEnum = ENUM.matcher(all);
        if (unknownEnum.find()) {
            if (field == null) {
                field = bodyType.flatMap(type -> fieldOfType(type, unknownEnum.group(1))).orElse(null);
            }
            return (field == null ? "A field" : "Field '" + field + "'") + " has an unknown value '"
                    + unknownEnum.group(2) + "'.";
        }
        if (field != null) {
            return "Field '" + field + "' has the wrong type or format.";
        }
        return "The body is not valid JSON for this request.";
    }

    /** The field declared as this type, or as a collection of it (e.g. {@code Set<Role> roles}). */
    private static Optional<String> fieldOfType(Class<?> bodyType, String typeName) {
        return Arrays.stream(bodyType.getFields())
                .filter(f -> f.getType().getName().equals(typeName)
                        || f.getGenericType().getTypeName().endsWith("<" + typeName + ">"))
                .map(Field::getName).findFirst();
    }

    private static String messages(Throwable error) {
        var all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }
}
