package dev.tandem.testsupport;

import java.util.List;

/**
 * The loopback ports one {@link DovecotServer} listens on. None is a standard port (143, 993, 110, 995), so a
 * client under test cannot guess the protocol from the port number and must look at what the server says.
 *
 * @param imap  IMAP in plain text, offering STARTTLS (RFC 9051 §6.2.1)
 * @param imaps IMAP inside TLS from the first byte (RFC 8314)
 * @param pop3  POP3 in plain text (RFC 1939)
 * @param pop3s POP3 inside TLS from the first byte
 */
public record DovecotPorts(int imap, int imaps, int pop3, int pop3s) {

    static DovecotPorts allocate() {
        List<Integer> ports = FreePorts.allocate(4);
        return new DovecotPorts(ports.get(0), ports.get(1), ports.get(2), ports.get(3));
    }
}
