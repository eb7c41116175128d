package dev.marsad.adapter.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which addresses a fetch may reach. A URL given to the server (or found in a feed) must not make Marsad read
 * its own machine's or network's private services and hand them back (server-side request forgery), so by
 * default every address of the host is checked after DNS resolution, on the first request and on every
 * redirect hop, and a host with any of these is refused:
 * <ul>
 *   <li>loopback (127.0.0.0/8, ::1) and the unspecified address (0.0.0.0, ::);</li>
 *   <li>private (10/8, 172.16/12, 192.168/16, IPv6 unique-local fc00::/7) and carrier-grade NAT (100.64/10);</li>
 *   <li>link-local (169.254/16 with cloud metadata services, fe80::/10);</li>
 *   <li>multicast and the reserved 240/4 and broadcast; IPv4-mapped IPv6 forms of all of these.</li>
 * </ul>
 * Only http and https are fetched. Addresses in {@code allowed} (single addresses or CIDR blocks, e.g.
 * {@code 127.0.0.1} for a local test server or {@code 10.0.0.0/8} for an intranet) are let through.
 * The JVM caches a successful lookup for 30 s, so the HTTP client connects to the address checked here rather
 * than to a second, rebound answer. Hand-written on the JDK's own address classification (loopback, site-local,
 * link-local, multicast): the few ranges it lacks and the CIDR match are a few lines, not worth a dependency.
 * Thread-safe.
 *
 * @param allowed address blocks let through despite the rules above
 */
public record AddressPolicy(List<String> allowed) {
    /** The default: public addresses only. */
    public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(List.of());

    public AddressPolicy {
        allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
        allowed.forEach(AddressPolicy::parseBlock);
    }

    /** The same policy letting {@code blocks} through as well. */
    public static AddressPolicy allowing(String... blocks) {
        return new AddressPolicy(List.of(blocks));
    }

    /** Why {@code uri} must not be fetched, or empty when it may be. */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("no host in the URL");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !isAllowed(address)) {
                return Optional.of("refused: " + host + " is " + address.getHostAddress() + ", a " + kind(address)
                        + " address (only public addresses are fetched unless allowed by --allow-address)");
            }
        }
        return Optional.empty();
    }

    private boolean isAllowed(InetAddress address) {
        for (String block : allowed) {
            if (contains(block, address)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInternal(InetAddress address) {
        return !kind(address).isEmpty();
    }

    /** The kind of non-public address, or "" for a public one. */
    static String kind(InetAddress raw) {
        InetAddress address = unmapped(raw);
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "shared (carrier-grade NAT)";
            }
            return "";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "private";
        }
        return "";
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException impossible) {
                    return address;
                }
            }
        }
        return address;
    }

    private static boolean contains(String block, InetAddress raw) {
        Block parsed = parseBlock(block);
        InetAddress address = unmapped(raw);
        byte[] a = address.getAddress();
        byte[] n = parsed.network().getAddress();
        if (a.length != n.length) {
            return false;
        }
        int bits = parsed.prefix();
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((a[i] & mask) != (n[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private record Block(InetAddress network, int prefix) {
    }

    private static Block parseBlock(String block) {
        String text = block.strip();
        int slash = text.indexOf('/');
        String ip = slash < 0 ? text : text.substring(0, slash);
        if (!ip.matches("[0-9a-fA-F:.]+")) {
            // Only literal addresses: a name would be resolved now and might mean another address later.
            throw new IllegalArgumentException("not an IP address or CIDR block: " + block);
        }
        try {
            InetAddress network = InetAddress.getByName(ip);
            int max = network.getAddress().length * 8;
            int prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("bad prefix length in " + block);
            }
            return new Block(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + block);
        }
    }
}
