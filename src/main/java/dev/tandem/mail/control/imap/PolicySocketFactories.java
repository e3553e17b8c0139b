package dev.tandem.mail.control.imap;

import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Socket factories for Angus Mail that hand out {@link PolicySocket}s. Two kinds, because Angus's SocketFetcher
 * treats them differently: for SSL ({@code mail.imap.ssl.socketFactory}) it takes an unconnected socket from the
 * factory, connects it, and, as it is no SSLSocket yet, layers TLS over it with the same factory's
 * {@code createSocket(socket, host, port, true)} (so SNI and the certificate check use the host name); for plain
 * and STARTTLS ({@code mail.imap.socketFactory}) the factory must not be an SSLSocketFactory, or Angus would layer
 * TLS at once.
 */
final class PolicySocketFactories {

    private PolicySocketFactories() {
    }

    static SocketFactory plain(OutboundAddressPolicy policy) {
        return new Plain(policy);
    }

    static SSLSocketFactory tls(OutboundAddressPolicy policy, SSLSocketFactory tls) {
        return new Tls(policy, tls);
    }

    private static Socket connected(OutboundAddressPolicy policy, String host, int port) throws IOException {
        Socket socket = new PolicySocket(policy);
        socket.connect(InetSocketAddress.createUnresolved(host, port));
        return socket;
    }

    private static final class Plain extends SocketFactory {
        private final OutboundAddressPolicy policy;

        Plain(OutboundAddressPolicy policy) {
            this.policy = policy;
        }

        @Override
        public Socket createSocket() {
            return new PolicySocket(policy);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(policy, host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(policy, host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(policy, host.getHostAddress(), port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(policy, address.getHostAddress(), port);
        }
    }

    private static final class Tls extends SSLSocketFactory {
        private final OutboundAddressPolicy policy;
        private final SSLSocketFactory tls;

        Tls(OutboundAddressPolicy policy, SSLSocketFactory tls) {
            this.policy = policy;
            this.tls = tls;
        }

        @Override
        public Socket createSocket() {
            return new PolicySocket(policy);
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return tls.createSocket(socket, host, port, autoClose);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return tls.createSocket(connected(policy, host, port), host, port, true);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(host.getHostAddress(), port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(address.getHostAddress(), port);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
