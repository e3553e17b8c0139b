package dev.tandem.crm.boundary;

import dev.tandem.crm.control.Companies;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Companies of the CRM, shared by all users. */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompaniesResource {

    @Inject
    Companies companies;

    @POST
    public Response create(@Valid @NotNull CompanyInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        var created = CompanyView.of(companies.create(input.name, input.domainsOrEmpty()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<CompanyView> list(@Valid @BeanParam PageParams page) {
        return companies.list(page.toRequest()).map(CompanyView::of);
    }

    @GET
    @Path("{id}")
    public CompanyView get(@PathParam("id") long id) {
        return CompanyView.of(companies.get(id));
    }

    @PUT
    @Path("{id}")
    public CompanyView update(@PathParam("id") long id, @Valid @NotNull CompanyInput input) {
        return CompanyView.of(companies.update(id, input.name, input.domainsOrEmpty()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        companies.delete(id);
        return Response.noContent().build();
    }
}
