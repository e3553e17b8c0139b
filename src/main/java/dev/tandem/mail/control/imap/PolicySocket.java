package dev.tandem.mail.control.imap;

import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * A plain socket that connects only where the {@link OutboundAddressPolicy} allows. Angus Mail's SocketFetcher
 * creates an unconnected socket from the configured factory and calls {@code connect(new InetSocketAddress(host,
 * port), timeout)}; this socket ignores the address Angus resolved, resolves the host name once through the
 * policy and connects to a permitted address, so the address checked is the address connected to.
 */
final class PolicySocket extends Socket {

    private final OutboundAddressPolicy policy;

    PolicySocket(OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target)) {
            throw new IOException("Unsupported address type: " + endpoint);
        }
        IOException last = null;
        for (InetAddress address : policy.permittedAddresses(target.getHostString())) {
            try {
                super.connect(new InetSocketAddress(address, target.getPort()), timeout);
                return;
            } catch (IOException e) {
                last = e;
                if (isClosed()) {
                    throw e;
                }
            }
        }
        throw last;
    }
}
