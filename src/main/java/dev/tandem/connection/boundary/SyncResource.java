package dev.tandem.connection.boundary;

import dev.tandem.connection.control.Connections;
import dev.tandem.connection.control.Ledger;
import dev.tandem.connection.control.OAuthSignIns;
import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import dev.tandem.platform.Page;
import dev.tandem.platform.PageParams;
import dev.tandem.sync.SyncOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's mail and calendar sync: connect, change, stop, sync now, and the ledger of what sync did. */
@Path("me/sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    Connections connections;

    @Inject
    Ledger ledger;

    @Inject
    CurrentUser caller;

    @Inject
    ProviderCatalog catalog;

    @Inject
    Contacts contacts;

    @Inject
    Companies companies;

    @Inject
    OAuthSignIns signIns;

    @Inject
    OAuthCallbackAddress callback;

    @Context
    HttpServletRequest request;

    @GET
    public SyncStatusView status() {
        return SyncStatusView.of(connections.find(caller.id()));
    }

    @POST
    public Response connect(@Valid @NotNull ConnectInput input) {
        var command = ConnectInputs.toCommand(input, catalog.find(input.provider));
        var connected = connections.connect(caller.id(), command);
        return Response.status(Response.Status.CREATED).entity(SyncStatusView.of(connected)).build();
    }

    /**
     * What connecting with this body would do on the first sync (the same body as {@code POST /api/me/sync}, with
     * {@code firstSyncDays} to try another mail window). Saves nothing; connect to start.
     */
    @POST
    @Path("preview")
    public FirstSyncPreviewView preview(@Valid @NotNull ConnectInput input) {
        var command = ConnectInputs.toCommand(input, catalog.find(input.provider));
        var preview = connections.preview(caller.id(), command);
        return FirstSyncPreviewView.of(preview,
                id -> contacts.find(id).map(Contact::getName).orElse(""),
                id -> companies.find(id).map(Company::getName).orElse(""));
    }

    @PUT
    @Path("settings")
    public SyncStatusView settings(@Valid @NotNull SettingsInput input) {
        return SyncStatusView.of(connections.changeMode(caller.id(), input.mode));
    }

    @POST
    @Path("stop")
    public SyncStatusView stop() {
        return SyncStatusView.of(connections.stop(caller.id()));
    }

    @POST
    @Path("run")
    public Response run() {
        return Response.accepted(SyncStatusView.of(connections.runNow(caller.id()))).build();
    }

    /**
     * Starts an OAuth sign-in (Gmail, Exchange, Outlook.com): the client opens {@code authorizationUrl} in a pop-up
     * window, and the provider sends it back to {@code /oauth/callback}, which connects. Without a mode, mail and
     * calendar are asked for.
     */
    @POST
    @Path("oauth/start")
    public OAuthStartView startOAuth(@Valid @NotNull OAuthStartInput input) {
        SyncMode mode = input.mode != null ? input.mode : SyncMode.MAIL_AND_CALENDAR;
        return OAuthStartView.of(signIns.start(caller.id(), input.provider, mode, callback.of(request)));
    }

    @GET
    @Path("ledger")
    public Page<LedgerEntryView> ledger(@BeanParam PageParams page, @QueryParam("outcome") SyncOutcome outcome) {
        return ledger.list(caller.id(), outcome, page.toRequest()).map(LedgerEntryView::of);
    }
}
