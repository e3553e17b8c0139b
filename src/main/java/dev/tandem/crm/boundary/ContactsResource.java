package dev.tandem.crm.boundary;

import dev.tandem.crm.control.Contacts.ContactData;
import dev.tandem.crm.control.Contacts;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Contacts of the CRM, shared by all users; {@code ?email=} finds the owner of an address. */
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    @Inject
    Contacts contacts;

    @POST
    public Response create(@Valid @NotNull ContactInput input, @Context UriInfo uri) {
        var created = ContactView.of(contacts.create(dataOf(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<ContactView> list(@Valid @BeanParam PageParams page, @QueryParam("email") @Email String email) {
        if (email != null) {
            return new Page<>(contacts.findByEmails(List.of(email)).stream().map(ContactView::of).toList(), null);
        }
        return contacts.list(page.toRequest()).map(ContactView::of);
    }

    @GET
    @Path("{id}")
    public ContactView get(@PathParam("id") long id) {
        return ContactView.of(contacts.get(id));
    }

    @PUT
    @Path("{id}")
    public ContactView update(@PathParam("id") long id, @Valid @NotNull ContactInput input) {
        return ContactView.of(contacts.update(id, dataOf(input)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        contacts.delete(id);
        return Response.noContent().build();
    }

    private static ContactData dataOf(ContactInput input) {
        return new ContactData(input.name, input.emailsOrEmpty(), input.companyId);
    }
}
