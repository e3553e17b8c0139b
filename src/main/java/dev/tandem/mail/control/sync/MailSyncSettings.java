package dev.tandem.mail.control.sync;

import dev.tandem.mail.control.mime.MailContentReader;
import dev.tandem.sync.mail.FreeMailDomains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mail sync settings from MicroProfile Config (README lists them with their defaults). */
@ApplicationScoped
public class MailSyncSettings {

    @Inject
    @ConfigProperty(name = "tandem.mail.first-sync-days", defaultValue = "90")
    int firstSyncDays;

    @Inject
    @ConfigProperty(name = "tandem.mail.attachment-max-bytes", defaultValue = "26214400")
    long attachmentMaxBytes;

    @Inject
    @ConfigProperty(name = "tandem.mail.extra-free-mail-domains")
    Optional<String> extraFreeMailDomains;

    @Inject
    Clock clock;

    public Duration firstSyncWindow() {
        return Duration.ofDays(firstSyncDays);
    }

    /** The window the user chose for their connection, else the server's default. */
    public Duration firstSyncWindow(Optional<Integer> chosenDays) {
        return chosenDays.map(Duration::ofDays).orElseGet(this::firstSyncWindow);
    }

    public int defaultFirstSyncDays() {
        return firstSyncDays;
    }

    public MailContentReader contentReader() {
        return new MailContentReader(attachmentMaxBytes);
    }

    public FreeMailDomains freeMailDomains() {
        List<String> extra = extraFreeMailDomains.map(list -> List.of(list.split(","))).orElse(List.of()).stream()
                .map(String::strip).filter(d -> !d.isEmpty()).toList();
        return FreeMailDomains.defaults().with(extra);
    }

    public Clock clock() {
        return clock;
    }
}
