package dev.tandem.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS entry points into {@link ProblemMapping}. Two mappers because JAX-RS picks the most specific one: the
 * runtime ships its own mapper for validation exceptions, which ours must out-rank.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class AnyThrowable implements ExceptionMapper<Throwable> {
        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(Throwable thrown) {
            return ProblemMapping.toResponse(thrown, RequestBodyType.of(resource));
        }
    }

    @Provider
    public static class BeanValidation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException thrown) {
            return ProblemMapping.toResponse(thrown);
        }
    }
}
