package dev.tandem.connection.boundary;

import dev.tandem.connection.control.ProviderCatalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * The providers a user can pick, with how they sign in, where the servers are, and whether this installation can
 * use them ({@code unavailableReason} in Spanish when the caller's {@code Accept-Language} prefers it).
 */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    ProviderCatalog catalog;

    @Context
    HttpHeaders headers;

    @GET
    public List<ProviderView> list() {
        Locale locale = language();
        return catalog.all().stream().map(preset -> ProviderView.of(preset, locale)).toList();
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(preferred -> preferred.getLanguage().equals(SPANISH.getLanguage()))
                .map(spanish -> SPANISH).orElse(Locale.ENGLISH);
    }
}
