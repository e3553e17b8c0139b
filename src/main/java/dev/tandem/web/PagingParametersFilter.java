package dev.tandem.web;

import dev.tandem.platform.PageParams;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents {@code ?limit=&cursor=} on every operation that answers a {@code Page}: the generator does not look
 * inside {@link PageParams}, a {@code @BeanParam}, so without this the lists' paging would be missing from
 * {@code /openapi}. Registered with {@code mp.openapi.filter}.
 */
public class PagingParametersFilter implements OASFilter {

    private static final String PAGE_SCHEMA = "#/components/schemas/Page";

    @Override
    public Operation filterOperation(Operation operation) {
        if (answersAPage(operation) && !hasParameter(operation, "limit")) {
            operation.addParameter(query("limit", "Items per page, 1 to 500.",
                    OASFactory.createSchema().type(Schema.SchemaType.INTEGER).defaultValue(50)));
            operation.addParameter(query("cursor", "The `next` of the previous page; absent for the first page.",
                    OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        }
        return operation;
    }

    private static boolean answersAPage(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return false;
        }
        return operation.getResponses().getAPIResponses().values().stream()
                .map(APIResponse::getContent).filter(Objects::nonNull)
                .flatMap(content -> content.getMediaTypes().values().stream())
                .anyMatch(media -> media.getSchema() != null && PAGE_SCHEMA.equals(media.getSchema().getRef()));
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(schema);
    }
}
