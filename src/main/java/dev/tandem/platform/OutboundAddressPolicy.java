package dev.tandem.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses Tandem may connect to when a user names the host (IMAP server, CalDAV URL, autodiscovery): a
 * sync server is a network client that users aim, so by default it refuses loopback, link-local (with the cloud
 * metadata address 169.254.169.254), private (RFC 1918), shared (RFC 6598), unique-local (RFC 4193), unspecified
 * and multicast addresses, IPv4-mapped forms included. The administrator allows networks with
 * {@code tandem.net.allowed-networks} (a comma-separated CIDR list). Callers resolve once through
 * {@link #permittedAddresses} and connect to what it returns, never to the name again (no DNS-rebinding gap).
 */
public final class OutboundAddressPolicy {

    public static final String SETTING = "tandem.net.allowed-networks";

    private static final List<AddressRange> INTERNAL = List.of(
            AddressRange.parse("0.0.0.0/8"), AddressRange.parse("10.0.0.0/8"), AddressRange.parse("100.64.0.0/10"),
            AddressRange.parse("127.0.0.0/8"), AddressRange.parse("169.254.0.0/16"),
            AddressRange.parse("172.16.0.0/12"), AddressRange.parse("192.168.0.0/16"),
            AddressRange.parse("224.0.0.0/3"), AddressRange.parse("::/127"), AddressRange.parse("fc00::/7"),
            AddressRange.parse("fe80::/10"), AddressRange.parse("ff00::/8"));

    private static volatile OutboundAddressPolicy configured;

    private final List<AddressRange> allowed;
    private final HostResolver resolver;

    public OutboundAddressPolicy(List<AddressRange> allowed, HostResolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** The policy of this process: the system resolver and the administrator's setting, read once. */
    public static OutboundAddressPolicy configured() {
        OutboundAddressPolicy policy = configured;
        if (policy == null) {
            policy = new OutboundAddressPolicy(parseList(Settings.find(SETTING).orElse("")), HostResolver.SYSTEM);
            configured = policy;
        }
        return policy;
    }

    public static List<AddressRange> parseList(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(AddressRange::parse).toList();
    }

    /**
     * Resolves the host once and returns the addresses that may be connected to, in the resolver's order.
     *
     * @throws AddressNotAllowedException when every address is refused (before any connection)
     */
    public List<InetAddress> permittedAddresses(String host) throws UnknownHostException, AddressNotAllowedException {
        InetAddress[] all = resolver.resolve(host);
        List<InetAddress> permitted = Arrays.stream(all).filter(this::isPermitted).toList();
        if (permitted.isEmpty()) {
            throw new AddressNotAllowedException(host, all.length == 0 ? "nothing" : all[0].getHostAddress());
        }
        return permitted;
    }

    public boolean isPermitted(InetAddress address) {
        InetAddress plain = unmapped(address);
        return allowed.stream().anyMatch(range -> range.contains(plain) || range.contains(address))
                || INTERNAL.stream().noneMatch(range -> range.contains(plain));
    }

    /** {@code ::ffff:10.0.0.1} (RFC 4291 §2.5.5.2) is 10.0.0.1 to the network. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if ((bytes[10] & 0xFF) != 0xFF || (bytes[11] & 0xFF) != 0xFF) {
            return address;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException impossible) {
            return address;
        }
    }

    /** MicroProfile Config inside the server; system property, then environment variable, outside it (tests). */
    private static final class Settings {
        static Optional<String> find(String key) {
            try {
                return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(key, String.class);
            } catch (RuntimeException | LinkageError noConfigRuntime) {
                String property = System.getProperty(key);
                return property != null ? Optional.of(property)
                        : Optional.ofNullable(System.getenv(key.toUpperCase(java.util.Locale.ROOT)
                                .replace('.', '_').replace('-', '_')));
            }
        }
    }
}
