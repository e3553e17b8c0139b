package dev.tandem.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Turns Bean Validation failures into a 400 problem whose detail names each field, with an {@code errors} member
 * ({@code [{"field": "emails[0]", "message": "must be a well-formed email address"}]}) for clients.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static Problem of(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", fieldOf(v), "message", v.getMessage()))
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                .toList();
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        return Problem.of(400, "Invalid request", detail).with("errors", errors);
    }

    /** The property path without the method and parameter names JAX-RS puts in front ("create.arg0.name"). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        var field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.CROSS_PARAMETER) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && isQueryParameter(node)) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean isQueryParameter(Path.Node node) {
        return !node.getName().startsWith("arg") && !"input".equals(node.getName());
    }
}
