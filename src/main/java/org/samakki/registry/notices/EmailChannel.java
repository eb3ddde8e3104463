package org.samakki.registry.notices;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Plain-text UTF-8 e-mail through the configured SMTP server. Without a host (SAMAKKI_SMTP_HOST) or
 * a sender address (SAMAKKI_MAIL_FROM) it delivers nothing and e-mail notices wait.
 */
@Component
class EmailChannel implements NoticeChannel {

  private final ObjectProvider<JavaMailSender> sender;
  private final String host;
  private final String from;

  EmailChannel(
      ObjectProvider<JavaMailSender> sender,
      @Value("${spring.mail.host:}") String host,
      @Value("${samakki.registry.notices.mail-from:}") String from) {
    this.sender = sender;
    this.host = host == null ? "" : host.strip();
    this.from = from == null ? "" : from.strip();
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public Optional<String> unavailable() {
    if (host.isEmpty() || sender.getIfAvailable() == null) {
      return Optional.of("no SMTP host is configured (SAMAKKI_SMTP_HOST)");
    }
    if (from.isEmpty()) {
      return Optional.of("no sender address is configured (SAMAKKI_MAIL_FROM)");
    }
    return Optional.empty();
  }

  @Override
  public String deliver(Notice notice) throws Exception {
    JavaMailSender mail = sender.getObject();
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(notice.address());
    helper.setSubject(notice.subject() == null ? "" : notice.subject());
    helper.setText(notice.body(), false);
    message.setHeader("Content-Language", notice.language().replace(",", ", "));
    // RFC 3834: out-of-office replies are not sent back to an automatic message
    message.setHeader("Auto-Submitted", "auto-generated");
    mail.send(message);
    return message.getMessageID();
  }
}
