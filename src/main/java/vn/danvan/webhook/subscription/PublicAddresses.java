package vn.danvan.webhook.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which IP addresses are on the public internet. A receiver must be: the service must not be made to call into its
 * own network (SSRF: loopback, private ranges, link-local with the cloud's metadata service, carrier-grade NAT, ...).
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; fec0::/10 old site-local (caught above); ::ffff:0:0/96 and 64:ff9b::/96 carry an
            // IPv4 address, judged as that address.
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            if (isPrefix(b, new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff})
                    || isPrefix(b, new byte[]{0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
                return isPublic(v4(b));
            }
            // 2001:db8::/32 documentation.
            return !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0                                     // 0.0.0.0/8 "this network"
                && !(first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10 carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                && !(first == 198 && (second == 18 || second == 19))    // 198.18.0.0/15 benchmarking
                && first < 240;                               // 240.0.0.0/4 reserved, broadcast
    }

    private static boolean isPrefix(byte[] address, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] v6) {
        try {
            return InetAddress.getByAddress(new byte[]{v6[12], v6[13], v6[14], v6[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
