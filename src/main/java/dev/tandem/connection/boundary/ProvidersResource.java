package dev.tandem.connection.boundary;

import dev.tandem.connection.control.ProviderPresets;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The providers a user can pick, with how they sign in and where the servers are. */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    @GET
    public List<ProviderPresets.Preset> list() {
        return ProviderPresets.all();
    }
}
