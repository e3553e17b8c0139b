package dev.tandem.web;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The class a resource method reads its JSON body into: its one parameter without a JAX-RS annotation
 * ({@code @PathParam}, {@code @Context}, …). JSON-B does not always say which property failed (an unknown enum
 * constant names only the enum type); this type lets the error detail find the field.
 */
final class RequestBodyType {

    private RequestBodyType() {
    }

    static Optional<Class<?>> of(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        return Arrays.stream(method.getParameters()).filter(RequestBodyType::isEntity).findFirst()
                .map(Parameter::getType);
    }

    private static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs"));
    }
}
