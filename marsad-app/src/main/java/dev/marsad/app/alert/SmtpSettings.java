package dev.marsad.app.alert;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server alerts are mailed through, from the environment (docs/ALERTS.md): {@code MARSAD_SMTP_HOST}
 * (no e-mail without it), {@code MARSAD_SMTP_PORT} (default 587), {@code MARSAD_SMTP_FROM} (required with a
 * host), {@code MARSAD_SMTP_USER} and {@code MARSAD_SMTP_PASSWORD} (optional), {@code MARSAD_SMTP_SECURITY}:
 * {@code starttls} (default: STARTTLS required), {@code ssl} (TLS from the first byte, port 465) or {@code none}
 * (plain text, for a relay on this machine).
 */
public record SmtpSettings(String host, int port, String from, Optional<String> user, Optional<String> password,
                           Security security) {
    /** How the connection to the SMTP server is protected. */
    public enum Security { STARTTLS, SSL, NONE }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(security, "security");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("MARSAD_SMTP_PORT must be 1 to 65535: " + port);
        }
    }

    /** The settings in {@code env}, or empty when {@code MARSAD_SMTP_HOST} is unset. */
    public static Optional<SmtpSettings> fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault("MARSAD_SMTP_HOST", "").strip();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String from = env.getOrDefault("MARSAD_SMTP_FROM", "").strip();
        if (from.isEmpty()) {
            throw new IllegalArgumentException("MARSAD_SMTP_FROM must name the sender when MARSAD_SMTP_HOST is set");
        }
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("MARSAD_SMTP_PORT", "587").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MARSAD_SMTP_PORT is not a number: " + env.get("MARSAD_SMTP_PORT"));
        }
        Security security;
        try {
            security = Security.valueOf(env.getOrDefault("MARSAD_SMTP_SECURITY", "starttls").strip()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MARSAD_SMTP_SECURITY must be starttls, ssl or none: "
                    + env.get("MARSAD_SMTP_SECURITY"));
        }
        return Optional.of(new SmtpSettings(host, port, from, optional(env, "MARSAD_SMTP_USER"),
                optional(env, "MARSAD_SMTP_PASSWORD"), security));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + "]"; // never the password
    }
}
