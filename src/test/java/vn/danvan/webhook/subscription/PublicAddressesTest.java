package vn.danvan.webhook.subscription;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.5", "172.16.0.1", "172.31.255.255",
            "192.168.1.10", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "198.18.0.1",
            "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2001:db8::1",
            "ff02::1"})
    void privateLoopbackLinkLocalAndReservedAddressesAreNotPublic(String address) throws UnknownHostException {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "203.113.131.1", "172.32.0.1", "100.128.0.1", "192.0.2.1",
            "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void internetAddressesArePublic(String address) throws UnknownHostException {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }
}
