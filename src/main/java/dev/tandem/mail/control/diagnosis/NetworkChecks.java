package dev.tandem.mail.control.diagnosis;

import dev.tandem.mail.control.imap.MailServerSettings;
import dev.tandem.platform.AddressNotAllowedException;
import dev.tandem.platform.OutboundAddressPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** The DNS and TCP steps of the connection test. */
final class NetworkChecks {

    private NetworkChecks() {
    }

    /**
     * Resolves the host on a daemon thread, because the JDK's resolver cannot be given a timeout and a broken DNS
     * setup must not hold the test past its budget. Only addresses the {@link OutboundAddressPolicy} permits are
     * returned; the TCP step connects to exactly these.
     */
    static StepOutcome<InetAddress[]> resolve(String host, DiagnosisRun run, OutboundAddressPolicy policy)
            throws StepFailure {
        CompletableFuture<InetAddress[]> lookup = new CompletableFuture<>();
        Thread resolver = new Thread(() -> lookUp(host, lookup, policy), "imap-diagnosis-dns");
        resolver.setDaemon(true);
        resolver.start();
        try {
            InetAddress[] addresses = lookup.get(run.remainingMillis(), TimeUnit.MILLISECONDS);
            String found = Arrays.stream(addresses).map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
            return StepOutcome.passed(addresses, found.equals(host) ? host + " is an IP address: nothing to look up."
                    : host + " is " + found + ".");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AddressNotAllowedException refused) {
                throw new StepFailure(DiagnosisReason.ADDRESS_NOT_ALLOWED, refused.getMessage());
            }
            throw new StepFailure(DiagnosisReason.UNKNOWN_HOST, "The server name " + host
                    + " could not be found (DNS). Check its spelling, or the network's DNS settings.");
        } catch (TimeoutException e) {
            throw new StepFailure(DiagnosisReason.DNS_TIMEOUT,
                    "Looking up " + host + " (DNS) did not finish within " + run.seconds() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure(DiagnosisReason.DNS_TIMEOUT, "The look-up of " + host + " was interrupted.");
        }
    }

    /** Tries each address in turn (IPv6 and IPv4, say), as mail clients do; the last failure is reported. */
    static StepOutcome<ImapProbe> connect(InetAddress[] addresses, MailServerSettings settings, DiagnosisRun run)
            throws StepFailure {
        IOException last = null;
        for (InetAddress address : addresses) {
            int timeout = run.remainingMillis();
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, settings.port()), timeout);
                return StepOutcome.passed(new ImapProbe(socket), "Connected to " + address.getHostAddress()
                        + " port " + settings.port() + ".");
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        throw explain(last, settings, run);
    }

    private static StepFailure explain(IOException e, MailServerSettings settings, DiagnosisRun run) {
        String where = settings.host() + " port " + settings.port();
        if (e instanceof ConnectException) {
            return new StepFailure(DiagnosisReason.CONNECTION_REFUSED, "The connection to " + where
                    + " was refused: no server listens on that port. Check the port (IMAP uses 993 with SSL, "
                    + "143 with STARTTLS).");
        }
        if (e instanceof SocketTimeoutException) {
            return new StepFailure(DiagnosisReason.CONNECT_TIMEOUT, "No answer from " + where + " within "
                    + run.seconds() + ": the port may be wrong, or a firewall drops the connection.");
        }
        return new StepFailure(DiagnosisReason.NETWORK_UNREACHABLE, "Cannot reach " + where + ": " + e.getMessage());
    }

    private static void lookUp(String host, CompletableFuture<InetAddress[]> lookup, OutboundAddressPolicy policy) {
        try {
            lookup.complete(policy.permittedAddresses(host).toArray(InetAddress[]::new));
        } catch (UnknownHostException | AddressNotAllowedException e) {
            lookup.completeExceptionally(e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The connection failed already; that failure is the one to report.
        }
    }
}
