package dev.tandem.platform;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?limit=&cursor=} of every list in the API. The range is checked by {@link dev.tandem.platform.PageRequest}
 * rather than by Bean Validation: Payara's OpenAPI generator fails on {@code @Min} of query parameters.
 */
public class PageParams {

    @QueryParam("limit")
    @DefaultValue("50")
    public int limit;

    @QueryParam("cursor")
    public String cursor;

    public dev.tandem.platform.PageRequest toRequest() {
        return dev.tandem.platform.PageRequest.of(limit, cursor);
    }
}
