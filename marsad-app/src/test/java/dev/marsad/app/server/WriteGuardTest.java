package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: writes need the token, and Host and Origin must be this server's. Requests are written by hand on a
 * socket so that Host and Origin are exactly what an attacker would send (the JDK client forbids setting Host).
 */
class WriteGuardTest {
    private static final String TEXT = "فيضانات درنة\n\nجرفت السيول أحياء كاملة في مدينة درنة الليبية.";
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        fx = new Fixtures();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aWriteWithoutTheTokenIs401AndStoresNothing() throws IOException {
        int before = fx.articles.articles().size();
        assertThat(status(post("127.0.0.1", null, null, "text/plain", TEXT))).isEqualTo(401);
        assertThat(status(post("127.0.0.1", null, "0".repeat(64), "text/plain", TEXT))).isEqualTo(401);
        assertThat(fx.articles.articles()).hasSize(before);
    }

    @Test
    void crossOriginNoCorsFetchAndTextPlainFormAreRefused() throws IOException {
        // What a page on another origin can send without a preflight: no custom header, a foreign Origin.
        String form = post("127.0.0.1", "http://127.0.0.1:9", null, "text/plain", "{\"text\": \"" + TEXT + "\"}=");
        assertThat(status(form)).isEqualTo(403);
        assertThat(form).contains("cross-origin request refused");
        // Even with the token (stolen somehow), a foreign Origin is refused.
        assertThat(status(post("127.0.0.1", "https://evil.example", fx.token.value(), "text/plain", TEXT)))
                .isEqualTo(403);
        assertThat(status(post("127.0.0.1", "null", fx.token.value(), "text/plain", TEXT))).isEqualTo(403);
    }

    @Test
    void aForeignHostIsRefusedEvenForReads() throws IOException {
        String reply = request("GET /api/stories HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(status(reply)).isEqualTo(403);
        assertThat(reply).contains("host not allowed: attacker.example").doesNotContain("s-kim");
        assertThat(status(request("GET / HTTP/1.1\r\nHost: attacker.example:" + fx.server.port()
                + "\r\nConnection: close\r\n\r\n"))).isEqualTo(403);
    }

    @Test
    void theSameOriginWithTheTokenMayWrite() throws IOException {
        String origin = "http://127.0.0.1:" + fx.server.port();
        assertThat(status(post("127.0.0.1", origin, fx.token.value(), "text/plain; charset=utf-8", TEXT)))
                .isEqualTo(201);
        assertThat(status(post("localhost", null, fx.token.value(), "text/plain; charset=utf-8", TEXT)))
                .isEqualTo(201);
    }

    @Test
    void loopbackNamesAndTheBoundAddressAreAllowedByDefault() {
        ServerConfig config = new ServerConfig("0.0.0.0", 0, 10, WriteToken.ephemeral(), Set.of("News.Example"));
        assertThat(config.allowedHosts()).contains("localhost", "127.0.0.1", "::1", "0.0.0.0", "news.example");
        assertThat(config.exposed()).isTrue();
        assertThat(ServerConfig.loopback(0, WriteToken.ephemeral()).exposed()).isFalse();
        assertThat(RequestGuard.hostName("[::1]:8080")).isEqualTo("::1");
    }

    @Test
    void noServerWithoutAToken(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(WriteToken.FILE_NAME), "short\n");
        assertThatThrownBy(() -> WriteToken.loadOrCreate(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write token shorter than");
    }

    @Test
    void theTokenIsCreatedOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws IOException {
        WriteToken first = WriteToken.loadOrCreate(dir);
        WriteToken second = WriteToken.loadOrCreate(dir);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.value()).isEqualTo(first.value()).hasSize(64);
        assertThat(first.toString()).doesNotContain(first.value());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
    }

    private static String post(String host, String origin, String token, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST /api/ingest HTTP/1.1\r\nHost: " + host + ":" + fx.server.port()
                + "\r\nConnection: close\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n");
        if (origin != null) {
            head.append("Origin: ").append(origin).append("\r\n");
        }
        if (token != null) {
            head.append(WriteToken.HEADER).append(": ").append(token).append("\r\n");
        }
        return request(head + "\r\n" + body);
    }

    private static String request(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fx.server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
            StringBuilder reply = new StringBuilder();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                reply.append(line).append('\n');
            }
            return reply.toString();
        }
    }

    private static int status(String reply) {
        return Integer.parseInt(reply.substring(9, 12));
    }
}
