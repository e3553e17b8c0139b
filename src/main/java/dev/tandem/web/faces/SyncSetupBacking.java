package dev.tandem.web.faces;

import dev.tandem.connection.control.ConnectCommand;
import dev.tandem.connection.control.Connections;
import dev.tandem.connection.boundary.OAuthCallbackAddress;
import dev.tandem.connection.control.OAuthSignIns;
import dev.tandem.connection.control.ProviderCatalog;
import dev.tandem.connection.control.ProviderPresets.Preset;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.diagnosis.ImapTestRateLimit;
import dev.tandem.mail.control.diagnosis.ImapTestReport;
import dev.tandem.mail.control.diagnosis.MailAccountCheck;
import dev.tandem.platform.TandemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The sync screen while not connected: what to sync, the provider, then the sign-in form with the connectivity
 * test, the first-sync preview and the Sync button. Connecting goes straight to {@link Connections}, which checks
 * the account with a real login before it saves anything; the preview saves nothing at all.
 */
@Named
@ViewScoped
public class SyncSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SYNC_PAGE = "/app/sync.xhtml?faces-redirect=true";

    @Inject
    Connections connections;

    @Inject
    MailAccountCheck mailCheck;

    @Inject
    ImapTestRateLimit testLimit;

    @Inject
    CurrentUser currentUser;

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

    private SyncMode mode = SyncMode.MAIL;
    private Provider provider;
    private boolean chosen;
    private final ImapForm imap = new ImapForm();
    private final CalDavForm caldav = new CalDavForm();
    private ImapTestView test;
    private Integer firstSyncDays;
    private FirstSyncPreviewScreen preview;

    /** Accepts the choice of mode and provider when they fit together, and opens the sign-in form. */
    public void next() {
        chosen = false;
        test = null;
        Optional<String> refusal = SetupRules.refusal(provider == null ? null : preset(), mode);
        if (refusal.isPresent()) {
            FacesTexts.error(refusal.get(), provider == null ? "" : preset().name());
            return;
        }
        imap.fillFrom(preset().mail());
        caldav.setUrl(preset().calendar().url());
        chosen = true;
    }

    /** Back to the choice of mode and provider. */
    public void change() {
        chosen = false;
        test = null;
    }

    /** The step-by-step IMAP test (DNS … FOLDERS), limited per user and minute like the API's. */
    public void testConnection() {
        try {
            testLimit.acquire(currentUser.id());
            test = ImapTestView.of(ImapTestReport.of(mailCheck.diagnose(imap.toAccount())),
                    FacesTexts.locale());
        } catch (TandemException refused) {
            FacesTexts.error(refused);
        }
    }

    /** What the first sync would do with this form (and mail window), read from the servers; nothing is saved. */
    public void preview() {
        try {
            preview = FirstSyncPreviewScreen.of(connections.preview(currentUser.id(), command()), contacts, companies);
        } catch (TandemException refused) {
            preview = null;
            FacesTexts.error(refused);
        }
    }

    private ConnectCommand command() {
        return new ConnectCommand(provider, mode,
                mode.includesMail() ? Optional.of(imap.toAccount()) : Optional.empty(),
                mode.includesCalendar() ? Optional.of(caldav.toAccount()) : Optional.empty(),
                Optional.ofNullable(firstSyncDays));
    }

    /** Connects; a refused login shows the service's reason and, for IMAP, the test steps up to the failure. */
    public String connect() {
        var command = command();
        try {
            connections.connect(currentUser.id(), command);
        } catch (TandemException refused) {
            FacesTexts.error(refused);
            Object diagnosis = refused.problemExtensions().get("diagnosis");
            if (diagnosis instanceof ImapTestReport report) {
                test = ImapTestView.of(report, FacesTexts.locale());
            }
            return null;
        }
        FacesTexts.info("sync.connected");
        FacesTexts.keepForRedirect();
        return SYNC_PAGE;
    }

    private Preset preset() {
        return catalog.get(provider);
    }

    public List<ProviderOption> getProviders() {
        return ProviderOption.all(catalog.all());
    }

    /** The providers the administrator has not set up, named in the note under the list. */
    public String getUnavailableProviders() {
        return String.join(", ", getProviders().stream().filter(ProviderOption::isUnavailable)
                .map(ProviderOption::name).toList());
    }

    public String getProviderName() {
        return provider == null ? "" : preset().name();
    }

    /** What to know about the chosen provider (app passwords, iCloud's account rule, IMAP's lack of calendar). */
    public String getProviderNote() {
        return provider == null ? null : FacesTexts.text("sync.provider.note." + provider.name());
    }

    public boolean isMailForm() {
        return chosen && !isOauthForm() && mode.includesMail();
    }

    public boolean isCalendarForm() {
        return chosen && !isOauthForm() && mode.includesCalendar();
    }

    /** Gmail, Exchange and Outlook.com: no password form, a button that opens the provider's sign-in window. */
    public boolean isOauthForm() {
        return chosen && provider != null && preset().signsInWithOAuth();
    }

    public String getOauthButton() {
        return FacesTexts.text("sync.oauth.button", getProviderName());
    }

    public boolean isPasswordForm() {
        return chosen && !isOauthForm();
    }

    /**
     * Starts the OAuth sign-in. The form posts into the pop-up window the page's script opened (the form's
     * target), so the answer is the provider's consent page there, or the reason it could not start.
     */
    public String startOAuth() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        try {
            var start = signIns.start(currentUser.id(), provider, mode, callback.of(request));
            external.redirect(start.authorizationUrl().toString());
            return null;
        } catch (TandemException refused) {
            request.setAttribute(OAuthOutcome.ATTRIBUTE, OAuthOutcome.refused(refused));
            return "/oauth-done.xhtml";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SyncMode getMode() {
        return mode;
    }

    public void setMode(SyncMode mode) {
        this.mode = mode;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public boolean isChosen() {
        return chosen;
    }

    public ImapForm getImap() {
        return imap;
    }

    public CalDavForm getCaldav() {
        return caldav;
    }

    public String getPreviewMailText() {
        return preview == null ? "" : FacesTexts.text("sync.preview.mail", preview.toLog(), preview.messages(),
                preview.days());
    }

    public String getPreviewCalendarText() {
        return preview == null ? "" : FacesTexts.text("sync.preview.calendar", preview.events().toCrm(),
                preview.events().toProvider(), preview.tasks().toCrm(), preview.tasks().toProvider());
    }

    public FirstSyncPreviewScreen getPreview() {
        return preview;
    }

    public Integer getFirstSyncDays() {
        return firstSyncDays;
    }

    public void setFirstSyncDays(Integer firstSyncDays) {
        this.firstSyncDays = firstSyncDays;
    }

    public ImapTestView getTest() {
        return test;
    }
}
