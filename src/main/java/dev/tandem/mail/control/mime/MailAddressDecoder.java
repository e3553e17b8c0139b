package dev.tandem.mail.control.mime;

import dev.tandem.sync.mail.MailAddress;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns address headers into {@link MailAddress}es without ever failing on what real mail contains: RFC 5322
 * groups (members are kept, {@code undisclosed-recipients:;} yields nothing), RFC 2047 encoded words in display
 * names (and, from broken mailers, in the address itself), and headers Jakarta Mail refuses to parse, from which
 * whatever looks like an {@code addr-spec} is salvaged.
 */
final class MailAddressDecoder {

    private static final Pattern ADDR_SPEC = Pattern.compile("[^\\s<>\"(),;:\\[\\]]+@[^\\s<>\"(),;:\\[\\]]+");

    /**
     * The mailboxes of one header: as Jakarta Mail parsed them (from the IMAP ENVELOPE when it was fetched), or,
     * when that parse fails, from the raw header value.
     */
    List<MailAddress> read(Message message, String headerName, AddressSource parsed) throws MessagingException {
        try {
            return decode(parsed.read());
        } catch (AddressException unparseable) {
            return decodeRaw(message.getHeader(headerName) == null ? null
                    : String.join(",", message.getHeader(headerName)));
        }
    }

    List<MailAddress> decode(Address[] parsed) {
        var result = new ArrayList<MailAddress>();
        if (parsed == null) {
            return result;
        }
        for (Address address : parsed) {
            if (address instanceof InternetAddress internet) {
                addMailboxes(internet, result);
            }
        }
        return result;
    }

    /** The fallback for a raw header value Jakarta Mail refused: a lenient parse, then a plain salvage. */
    List<MailAddress> decodeRaw(String rawHeader) {
        if (rawHeader == null || rawHeader.isBlank()) {
            return List.of();
        }
        try {
            return decode(InternetAddress.parseHeader(rawHeader, false));
        } catch (AddressException unparseable) {
            return salvage(rawHeader);
        }
    }

    private void addMailboxes(InternetAddress address, List<MailAddress> into) {
        if (address.isGroup()) {
            try {
                into.addAll(decode(address.getGroup(false)));
            } catch (AddressException unparseableGroup) {
                into.addAll(salvage(address.getAddress()));
            }
            return;
        }
        findUsableEmail(decodeWords(address.getAddress()))
                .ifPresent(email -> into.add(new MailAddress(email, decodeWords(address.getPersonal()))));
    }

    /**
     * Jakarta Mail's lenient parse lets through things like {@code <<bob@acme.example}: keep the addr-spec inside.
     * A bare local name (e.g. {@code MAILER-DAEMON}) is kept as it is.
     */
    private static Optional<String> findUsableEmail(String parsed) {
        if (parsed == null || parsed.isBlank()) {
            return Optional.empty();
        }
        Matcher addrSpec = ADDR_SPEC.matcher(parsed);
        if (addrSpec.find()) {
            return Optional.of(addrSpec.group());
        }
        return parsed.matches("[^\\s<>\"(),;:@\\[\\]]+") ? Optional.of(parsed) : Optional.empty();
    }

    private List<MailAddress> salvage(String raw) {
        var found = new ArrayList<MailAddress>();
        Matcher matcher = ADDR_SPEC.matcher(decodeWords(raw));
        while (matcher.find()) {
            found.add(MailAddress.of(matcher.group()));
        }
        return found;
    }

    /** RFC 2047 words that Jakarta Mail left encoded (unknown charset, or where the RFC does not allow them). */
    static String decodeWords(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        try {
            return MimeUtility.decodeText(text);
        } catch (UnsupportedEncodingException | IllegalArgumentException undecodable) {
            return text;
        }
    }

    /** One of Jakarta Mail's address getters, which throw {@link AddressException} on headers they can't parse. */
    interface AddressSource {
        Address[] read() throws MessagingException;
    }
}
