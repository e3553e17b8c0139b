package dev.tandem.web.faces;

import dev.tandem.connection.control.ProviderPresets;
import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.entity.Provider;
import java.util.List;

/**
 * A provider as the sync screen lists it. OAuth providers are listed, so users find theirs, but say that this
 * version cannot sign in with OAuth.
 */
public record ProviderOption(Provider id, String name, boolean oauth) {

    static List<ProviderOption> all() {
        return ProviderPresets.all().stream().map(ProviderOption::of).toList();
    }

    static ProviderOption of(Preset preset) {
        return new ProviderOption(preset.id(), preset.name(), "OAUTH2".equals(preset.auth()));
    }

    /** The radio button's label: the name, and for OAuth providers why they cannot be used yet. */
    public String getLabel() {
        return oauth ? FacesTexts.text("sync.provider.oauthLabel", name) : name;
    }
}
