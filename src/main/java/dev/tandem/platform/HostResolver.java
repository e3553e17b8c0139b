package dev.tandem.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; the system's DNS in production, a table in tests that must not look up. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
