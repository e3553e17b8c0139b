package dev.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The policy on stubbed look-ups: no name here is resolved by DNS, and nothing is connected to. */
class OutboundAddressPolicyTest {

    private static final HostResolver TABLE = host -> {
        Map<String, String> table = Map.of("mail.example.com", "93.184.216.34", "metadata.example", "169.254.169.254",
                "intranet.example", "10.1.2.3", "both.example", "127.0.0.1");
        String address = table.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return host.equals("both.example")
                ? new InetAddress[] {InetAddress.getByName(address), InetAddress.getByName("93.184.216.35")}
                : new InetAddress[] {InetAddress.getByName(address)};
    };

    private final OutboundAddressPolicy byDefault = new OutboundAddressPolicy(List.of(), TABLE);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "169.254.169.254", "10.0.0.1", "172.16.5.5",
            "192.168.1.1", "100.64.0.1", "0.0.0.0", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:10.0.0.1",
            "224.0.0.1", "::"})
    void internalAddressesAreRefusedByDefault(String address) throws UnknownHostException {
        assertEquals(false, byDefault.isPermitted(InetAddress.getByName(address)), address);
    }

    @Test
    void aPublicAddressIsPermitted() throws Exception {
        assertEquals(List.of(InetAddress.getByName("93.184.216.34")), byDefault.permittedAddresses("mail.example.com"));
    }

    @Test
    void aNameLeadingToTheCloudMetadataAddressIsRefusedNamingIt() {
        var refused = assertThrows(AddressNotAllowedException.class,
                () -> byDefault.permittedAddresses("metadata.example"));

        assertTrue(refused.getMessage().contains("169.254.169.254"), refused::getMessage);
        assertEquals("metadata.example", refused.host());
    }

    @Test
    void onlyThePermittedAddressesOfAMixedAnswerAreReturned() throws Exception {
        assertEquals(List.of(InetAddress.getByName("93.184.216.35")), byDefault.permittedAddresses("both.example"));
    }

    @Test
    void theSettingAllowsNetworks() throws Exception {
        var policy = new OutboundAddressPolicy(OutboundAddressPolicy.parseList(" 127.0.0.0/8, ::1/128,10.1.0.0/16"),
                TABLE);

        assertTrue(policy.isPermitted(InetAddress.getByName("127.0.0.1")));
        assertTrue(policy.isPermitted(InetAddress.getByName("::1")));
        assertEquals(List.of(InetAddress.getByName("10.1.2.3")), policy.permittedAddresses("intranet.example"));
        assertEquals(false, policy.isPermitted(InetAddress.getByName("10.2.0.1")));
        assertEquals(false, policy.isPermitted(InetAddress.getByName("169.254.169.254")));
    }

    @Test
    void aMistypedNetworkIsRefusedAtStartNotIgnored() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> OutboundAddressPolicy.parseList("10.0.0.0/33"));
        assertTrue(wrong.getMessage().contains("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> OutboundAddressPolicy.parseList("intranet.example/8"));
    }
}
