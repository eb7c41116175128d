package dev.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.marsad.adapter.memory.InMemoryStoryStore;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.model.Entity;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.SearchIndex.SearchFilters;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-mail alerts through SMTP to a GreenMail server this test runs on 127.0.0.1. */
class MailDeliveryTest {
    @TempDir
    Path dir;
    Database database;
    GreenMail smtp;

    @BeforeEach
    void start() {
        database = AlertFixtures.h2(dir);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        database.close();
    }

    @Test
    void aMatchingArticleIsMailedOnceAsPlainText() throws Exception {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "marsad@example.org",
                Optional.empty(), Optional.empty(), SmtpSettings.Security.NONE);
        JdbcWatchStore watches = new JdbcWatchStore(database);
        JdbcAlertLog log = new JdbcAlertLog(database);
        watches.add(AlertFixtures.watch("w1", "زلزال المغرب", "زلزال", SearchFilters.NONE, Optional.empty(),
                Optional.of("desk@example.org"), Instant.now().minusSeconds(60)));
        try (AlertDispatcher dispatcher = new AlertDispatcher(log, Map.of(Delivery.Channel.EMAIL,
                new MailSender(settings, Duration.ofSeconds(5))),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 3), Clock.systemUTC()).start()) {
            WatchAlerts alerts = new WatchAlerts(watches, log, new InMemoryStoryStore(), dispatcher::wake,
                    Clock.systemUTC());
            StoredArticle article = AlertFixtures.article("a1", "زلزال <b>قوي</b> يضرب الحوز", "هسبريس",
                    "2023-09-09", "ضرب زلزال قوي إقليم الحوز.", Instant.now(), List.<Entity>of());
            assertThat(alerts.onArticle(article, "s1")).hasSize(1);
            assertThat(alerts.onArticle(article, "s1")).isEmpty();
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        }
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        MimeMessage mail = messages[0];
        assertThat(mail.getSubject()).isEqualTo("مرصد — زلزال المغرب: زلزال <b>قوي</b> يضرب الحوز");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("marsad@example.org");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        String body = (String) mail.getContent();
        assertThat(body).contains("هسبريس").contains("https://example.org/a1").contains("/api/stories/s1")
                .contains("زلزال <b>قوي</b> يضرب الحوز");
        assertThat(log.deliveries("w1")).extracting(JdbcAlertLog.DeliveryState::state).containsExactly("delivered");
    }

    @Test
    void smtpSettingsComeFromTheEnvironment() {
        assertThat(SmtpSettings.fromEnvironment(Map.of())).isEmpty();
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("MARSAD_SMTP_HOST", "smtp.example.org",
                "MARSAD_SMTP_FROM", "marsad@example.org", "MARSAD_SMTP_USER", "u", "MARSAD_SMTP_PASSWORD", "p")).orElseThrow();
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(s.toString()).doesNotContain("p]").doesNotContain("password");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of(
                "MARSAD_SMTP_HOST", "smtp.example.org"))).hasMessageContaining("MARSAD_SMTP_FROM");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of(
                "MARSAD_SMTP_HOST", "h", "MARSAD_SMTP_FROM", "f@x.org", "MARSAD_SMTP_SECURITY", "maybe")))
                .hasMessageContaining("MARSAD_SMTP_SECURITY");
    }
}
