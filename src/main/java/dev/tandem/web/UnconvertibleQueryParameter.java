package dev.tandem.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/**
 * Jakarta REST answers a query parameter it cannot convert ({@code ?limit=ten}, {@code ?type=MEETING}) with 404, as
 * if the resource did not exist (Jakarta REST 3.1 §3.2). For the caller it is bad input: 400 naming the parameter.
 * Jersey's exception carries the parameter's name; it is read reflectively so that Tandem compiles against the
 * Jakarta API alone, and any other 404 passes unchanged.
 */
final class UnconvertibleQueryParameter {

    private UnconvertibleQueryParameter() {
    }

    static Optional<String> nameOf(WebApplicationException e) {
        if (e.getResponse().getStatus() != 404 || e.getCause() == null) {
            return Optional.empty();
        }
        try {
            Object annotation = e.getClass().getMethod("getParameterType").invoke(e);
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return QueryParam.class.equals(annotation) && name != null ? Optional.of(name.toString())
                    : Optional.empty();
        } catch (ReflectiveOperationException notAParameterFailure) {
            return Optional.empty();
        }
    }
}
