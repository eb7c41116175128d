package dev.marsad.app.alert;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Mails an alert through SMTP with Jakarta Mail (Eclipse Angus): a plain-text message in UTF-8 (stored text is
 * never sent as HTML), its subject the watch's name and the story's headline. Thread-safe.
 */
public final class MailSender implements Sender {
    private final SmtpSettings settings;
    private final Session session;

    public MailSender(SmtpSettings settings, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        } else if (settings.security() == SmtpSettings.Security.SSL) {
            props.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(props);
    }

    /** Whether {@code address} is one e-mail address. */
    public static boolean validAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return !address.contains(",") && address.length() <= 320;
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public void send(Delivery delivery) throws DeliveryException {
        String to = delivery.watch().email().orElseThrow(() -> new DeliveryException("the watch has no e-mail"));
        JsonNode payload = AlertPayload.parse(delivery.alert().payload());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(oneLine("مرصد — " + delivery.watch().name() + ": "
                    + AlertPayload.text(payload, "story", "headline")), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(delivery.alert().firedAt()));
            message.setHeader("X-Marsad-Delivery", delivery.id());
            message.setText(body(delivery, payload), StandardCharsets.UTF_8.name(), "plain");
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP " + settings.host() + ":" + settings.port() + " refused or failed ("
                    + oneLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    /** The message text: who, what, where to read it. */
    static String body(Delivery delivery, JsonNode payload) {
        StringBuilder out = new StringBuilder();
        out.append("تنبيه من مرصد للمتابعة: ").append(delivery.watch().name()).append("\n\n");
        out.append("القصة: ").append(AlertPayload.text(payload, "story", "headline")).append('\n');
        out.append("المقال: ").append(AlertPayload.text(payload, "article", "title")).append('\n');
        String outlet = AlertPayload.text(payload, "article", "outlet");
        if (!outlet.isEmpty()) {
            out.append("المصدر: ").append(outlet).append('\n');
        }
        String published = AlertPayload.text(payload, "article", "published");
        if (!published.isEmpty()) {
            out.append("النشر: ").append(published).append('\n');
        }
        out.append("الرابط: ").append(AlertPayload.text(payload, "article", "source")).append("\n\n");
        out.append("Marsad alert for watch \"").append(delivery.watch().name()).append("\"; story ")
                .append(AlertPayload.text(payload, "story", "path")).append(" on your Marsad server.\n");
        return out.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }
}
