package dev.marsad.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters, validated: a malformed one is a 400 naming the parameter, never a 500. */
final class Params {
    /** The longest page a JSON listing answers ({@code limit}). */
    static final int MAX_PAGE = 200;

    private Params() {
    }

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        try {
            return text(ctx, name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date like 2023-09-15");
        }
    }

    /** True for {@code format=csv}; {@code format=json} or none is JSON; anything else is a 400. */
    static boolean csv(Context ctx) {
        Optional<String> format = text(ctx, "format");
        if (format.isEmpty() || format.get().equals("json")) {
            return false;
        }
        if (format.get().equals("csv")) {
            return true;
        }
        throw ApiException.badRequest("format must be json or csv");
    }
}
