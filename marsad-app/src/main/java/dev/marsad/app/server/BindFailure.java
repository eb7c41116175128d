package dev.marsad.app.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Says why the server could not listen, instead of Jetty's "port already in use" for every bind error. */
final class BindFailure {
    private BindFailure() {
    }

    static String describe(String host, int port, Throwable e) {
        String where = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException unknown) {
            return "cannot listen on " + where + ": unknown host " + host;
        }
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && !isOnThisMachine(address)) {
            return "cannot listen on " + where + ": " + address.getHostAddress()
                    + " is not an address of this machine (use 127.0.0.1, or 0.0.0.0 for every interface)";
        }
        String cause = rootMessage(e).toLowerCase(Locale.ROOT);
        if (cause.contains("in use")) {
            return "cannot listen on " + where + ": port " + port + " is already in use (choose another with --port)";
        }
        if (cause.contains("permission") || cause.contains("access")) {
            return "cannot listen on " + where + ": permission denied (ports below 1024 need privileges)";
        }
        return "cannot listen on " + where + ": " + rootMessage(e);
    }

    private static boolean isOnThisMachine(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
