package dev.tandem.connection.boundary;

import dev.tandem.connection.control.ProviderPresets.CalendarServer;
import dev.tandem.connection.control.ProviderPresets.MailServer;
import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.entity.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A provider as {@code GET /api/providers} lists it. A provider that cannot be used here says so beforehand
 * ({@code configured: false}) with the reason in the caller's language, so that the screen shows it as not set up
 * instead of offering it and then refusing; {@code unavailableReasonKey} names the same text in the screens'
 * bundle. Never carries the OAuth client secret.
 */
public record ProviderView(Provider id, String name, String auth, MailServer mail, CalendarServer calendar,
                           String notes, boolean configured, String unavailableReason, String unavailableReasonKey) {

    static final String NOT_CONFIGURED = "sync.provider.notConfigured";

    private static final String BUNDLE = "dev.tandem.web.messages";

    static ProviderView of(Preset preset, Locale locale) {
        boolean configured = preset.configured();
        return new ProviderView(preset.id(), preset.name(), preset.auth(), preset.mail(), preset.calendar(),
                preset.notes(), configured, configured ? null : text(locale, preset.name()),
                configured ? null : NOT_CONFIGURED);
    }

    private static String text(Locale locale, String name) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(NOT_CONFIGURED);
        return new MessageFormat(pattern, locale).format(new Object[] {name});
    }
}
