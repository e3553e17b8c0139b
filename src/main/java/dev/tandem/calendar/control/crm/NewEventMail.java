package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.CalendarItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a user by mail that calendar sync put a new event into their CRM calendar (the seed's rule: one mail per
 * added event, none for changes). Off when {@code tandem.smtp.host} is empty. A mail that cannot be sent is logged
 * and dropped: a notification never fails a sync.
 */
@ApplicationScoped
public class NewEventMail {

    private static final Logger LOG = Logger.getLogger(NewEventMail.class.getName());

    @Inject
    @ConfigProperty(name = "tandem.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "tandem.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "tandem.smtp.from", defaultValue = "tandem@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "tandem.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tandem.smtp.password")
    Optional<String> password;

    public boolean isOn() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, CalendarItem event) {
        if (!isOn() || to == null || to.isBlank()) {
            return;
        }
        try {
            var message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject("New event in your Tandem calendar: " + event.summary(), "UTF-8");
            message.setText(NewEventText.of(event), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send the new-event notification for {0} via {1}:{2}: {3}",
                    new Object[] {event.uid(), host.orElse(""), port, e.getMessage()});
        }
    }

    private Session session() {
        var props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (username.filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
            }
        });
    }
}
