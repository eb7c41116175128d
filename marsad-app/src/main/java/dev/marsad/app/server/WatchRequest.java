package dev.marsad.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.app.alert.Alerts;
import dev.marsad.app.alert.MailSender;
import dev.marsad.app.alert.Watch;
import dev.marsad.port.SearchIndex.SearchFilters;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/watches} read into a {@link Watch}, every field checked: a 400 names the field
 * and the reason. Fields: name (required), q, outlet, from, to, entity (as for {@code /api/search}; at least one
 * of q, outlet, from, to, entity), webhook (an http(s) URL the server's address policy lets through), email
 * (one address; the server must have SMTP settings), secret (16 to 128 characters; generated when absent).
 */
final class WatchRequest {
    static final Set<String> FIELDS = Set.of("name", "q", "outlet", "from", "to", "entity", "webhook", "email", "secret");
    static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WatchRequest() {
    }

    static Watch parse(byte[] body, Alerts alerts) {
        JsonNode json = ApiJson.requestObject(body);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field \"" + ApiJson.clip(name) + "\" (known: " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        String name = text(json, "name").orElseThrow(() -> ApiException.badRequest("\"name\" is required"));
        if (name.length() > MAX_NAME) {
            throw ApiException.badRequest("\"name\" longer than " + MAX_NAME + " characters");
        }
        String q = text(json, "q").orElse("");
        if (!SearchParams.withinLimits(q)) {
            throw ApiException.badRequest("\"q\" has too many words (at most " + SearchParams.MAX_QUERY_WORDS
                    + " words and " + SearchParams.MAX_QUERY_CHARS + " characters)");
        }
        SearchFilters filters = new SearchFilters(limited(json, "outlet", 400), day(json, "from"), day(json, "to"),
                limited(json, "entity", 400));
        if (q.isBlank() && filters.equals(SearchFilters.NONE)) {
            throw ApiException.badRequest("a watch needs \"q\", \"entity\" or another filter");
        }
        if (filters.from().isPresent() && filters.to().isPresent() && filters.from().get().isAfter(filters.to().get())) {
            throw ApiException.badRequest("\"from\" is after \"to\"");
        }
        Optional<URI> webhook = text(json, "webhook").map(url -> webhook(url, alerts));
        Optional<String> email = text(json, "email").map(address -> email(address, alerts));
        String secret = text(json, "secret").orElseGet(WatchRequest::newSecret);
        if (secret.length() < 16 || secret.length() > 128) {
            throw ApiException.badRequest("\"secret\" must be 16 to 128 characters");
        }
        return new Watch(newId(), name, q.strip(), filters, webhook, email, secret, alerts.clock().instant());
    }

    private static URI webhook(String url, Alerts alerts) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("\"webhook\" is not a URL: " + ApiJson.clip(url));
        }
        if (url.length() > 2048 || uri.getRawUserInfo() != null) {
            throw ApiException.badRequest("\"webhook\" must be an http(s) URL of at most 2048 characters, without a"
                    + " user name or password");
        }
        alerts.webhookRefusal(uri).ifPresent(reason -> {
            throw ApiException.badRequest("\"webhook\" " + reason);
        });
        return uri;
    }

    private static String email(String address, Alerts alerts) {
        if (!MailSender.validAddress(address)) {
            throw ApiException.badRequest("\"email\" is not one e-mail address: " + ApiJson.clip(address));
        }
        if (!alerts.mailConfigured()) {
            throw ApiException.badRequest("\"email\": this server has no SMTP server to send through"
                    + " (set MARSAD_SMTP_HOST and MARSAD_SMTP_FROM, see docs/ALERTS.md)");
        }
        return address;
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
        return Optional.of(node.asText().strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> limited(JsonNode json, String field, int max) {
        Optional<String> value = text(json, field);
        if (value.isPresent() && value.get().length() > max) {
            throw ApiException.badRequest("\"" + field + "\" longer than " + max + " characters");
        }
        return value;
    }

    private static Optional<LocalDate> day(JsonNode json, String field) {
        try {
            return text(json, field).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"" + field + "\" must be a date as YYYY-MM-DD");
        }
    }

    private static String newId() {
        return hex(16);
    }

    private static String newSecret() {
        return hex(32);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
