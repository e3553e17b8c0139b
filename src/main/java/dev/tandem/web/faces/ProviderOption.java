package dev.tandem.web.faces;

import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.entity.Provider;
import java.util.List;

/**
 * A provider as the sync screen lists it. An OAuth provider whose client the administrator has not registered is
 * listed, so users find theirs, but cannot be chosen, and says why.
 */
public record ProviderOption(Provider id, String name, boolean oauth, boolean configured) {

    static List<ProviderOption> all(List<Preset> presets) {
        return presets.stream().map(ProviderOption::of).toList();
    }

    static ProviderOption of(Preset preset) {
        return new ProviderOption(preset.id(), preset.name(), preset.signsInWithOAuth(), preset.configured());
    }

    /** The radio button's label: the name, and for a provider that is not set up, that it is not. */
    public String getLabel() {
        return configured ? name : FacesTexts.text("sync.provider.notConfiguredLabel", name);
    }

    public boolean isUnavailable() {
        return !configured;
    }
}
