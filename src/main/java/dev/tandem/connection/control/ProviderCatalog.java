package dev.tandem.connection.control;

import dev.tandem.connection.control.ProviderPresets.CalendarServer;
import dev.tandem.connection.control.ProviderPresets.MailServer;
import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.control.oauth.OAuthServer;
import dev.tandem.connection.entity.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The providers as this installation has them: the {@link ProviderPresets} defaults with every endpoint and the
 * OAuth clients taken from configuration ({@code tandem.provider.<provider>.<setting>}, e.g.
 * {@code tandem.provider.gmail.oauth.client-id}; keys listed in README). The one table the API, the screens, the
 * connect rules and the sync read.
 */
@ApplicationScoped
public class ProviderCatalog {

    private Function<String, Optional<String>> settings;

    protected ProviderCatalog() {
        this(key -> Optional.empty());
    }

    @Inject
    public ProviderCatalog(Config config) {
        this(key -> config.getOptionalValue(key, String.class).filter(value -> !value.isBlank()));
    }

    /** @param settings a setting's value by its key; empty when it is not set */
    public ProviderCatalog(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    public List<Preset> all() {
        return ProviderPresets.all().stream().map(this::configured).toList();
    }

    public Optional<Preset> find(Provider provider) {
        return ProviderPresets.find(provider).map(this::configured);
    }

    public Preset get(Provider provider) {
        return find(provider).orElseThrow(() -> new IllegalArgumentException("no preset for " + provider));
    }

    /** {@code outlook-com} for OUTLOOK_COM: the provider's part of the configuration keys. */
    public static String keyOf(Provider provider) {
        return provider.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Preset configured(Preset preset) {
        String prefix = "tandem.provider." + keyOf(preset.id()) + ".";
        var mail = new MailServer(setting(prefix + "imap.host", preset.mail().host()),
                setting(prefix + "imap.port").map(Integer::valueOf).orElse(preset.mail().port()),
                setting(prefix + "imap.security", preset.mail().security()));
        var calendar = new CalendarServer(preset.calendar().kind(),
                setting(prefix + "calendar.url", preset.calendar().url()));
        return preset.with(mail, calendar, preset.oauth().map(oauth -> configured(oauth, prefix, preset.id())));
    }

    private OAuthServer configured(OAuthServer oauth, String prefix, Provider provider) {
        String tenant = setting(prefix + "oauth.tenant", provider == Provider.OUTLOOK_COM ? "consumers"
                : "organizations");
        return oauth.with(
                setting(prefix + "oauth.authorization-url", oauth.authorizationUrl()).replace(ProviderPresets.TENANT,
                        tenant),
                setting(prefix + "oauth.token-url", oauth.tokenUrl()).replace(ProviderPresets.TENANT, tenant),
                setting(prefix + "oauth.client-id", ""), setting(prefix + "oauth.client-secret", ""));
    }

    private String setting(String key, String fallback) {
        return setting(key).orElse(fallback);
    }

    private Optional<String> setting(String key) {
        return settings.apply(key).map(String::strip);
    }
}
