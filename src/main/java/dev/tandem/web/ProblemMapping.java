package dev.tandem.web;

import dev.tandem.platform.TandemException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP: feature exceptions by their {@link TandemException.Kind}, bad input by
 * what was wrong with it, anything else as a 500 whose detail names only an incident id (the stack trace goes to the
 * log, never to the caller).
 */
final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());

    private ProblemMapping() {
    }

    static Response toResponse(Throwable thrown) {
        return toResponse(thrown, Optional.empty());
    }

    /** @param bodyType the class the request body was read into, if known: it helps name a field JSON-B does not */
    static Response toResponse(Throwable thrown, Optional<Class<?>> bodyType) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof TandemException e) {
            return Problem.of(statusOf(e.kind()), e.title(), e.getMessage()).withAll(e.problemExtensions())
                    .toResponse();
        }
        if (cause instanceof ConstraintViolationException e) {
            return ValidationProblems.of(e).toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problem.of(400, "Malformed request body", JsonErrorDetail.describe(cause, bodyType)).toResponse();
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(409, "Conflict", "Someone changed this record meanwhile; reload it and try again.")
                    .toResponse();
        }
        if (cause instanceof WebApplicationException e) {
            return fromWebApplicationException(e, bodyType);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, cause);
        return Problem.of(500, "Internal error", "Something went wrong on our side (incident " + incident + ").")
                .toResponse();
    }

    private static Response fromWebApplicationException(WebApplicationException e, Optional<Class<?>> bodyType) {
        int status = e.getResponse().getStatus();
        Optional<String> parameter = UnconvertibleQueryParameter.nameOf(e);
        if (parameter.isPresent()) {
            return Problem.of(400, "Invalid request", "Query parameter '" + parameter.get()
                    + "' has the wrong type or an unknown value.").toResponse();
        }
        if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
            return Problem.of(400, "Malformed request body", JsonErrorDetail.describe(e.getCause(), bodyType))
                    .toResponse();
        }
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        Problem problem = Problem.of(status, title, detailFor(e, status));
        Response response = problem.toResponse();
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
        }
        return response;
    }

    private static String detailFor(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers in application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage() == null ? "The request could not be handled." : e.getMessage();
        };
    }

    static int statusOf(TandemException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case TOO_MANY -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    private static Throwable unwrap(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TandemException) {
                return t;
            }
        }
        Throwable current = thrown;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
