package org.samakki.registry.notices;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with notices switched on: an in-process SMTP server (GreenMail) on a free port, a
 * text-message gateway that records what it is given, a clock the tests move, and no schedules, so
 * that only the tests plan and dispatch. Runs on a database of its own, since the planner and the
 * dispatcher act on every worker and every notice in it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "samakki.scheduling.enabled=false",
      "spring.mail.host=127.0.0.1",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=5000",
      "samakki.registry.notices.mail-from=Samakki <notices@samakki.test>"
    })
@Import({ClockControl.class, TextGatewayConfiguration.class})
abstract class NoticeTestContext {

  static final int SMTP_PORT = freePort();
  static final String DATA_DIR = tempDir();
  static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @RegisterExtension
  static final GreenMailExtension mailServer =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void ownDatabaseAndMailServer(DynamicPropertyRegistry registry) {
    registry.add("samakki.data-dir", () -> DATA_DIR);
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired RecordingGateway texts;
  Workers workers;

  @BeforeEach
  void onlyThisTestsNoticesWait() {
    workers = new Workers(jdbc);
    jdbc.sql(
            "update registry.notice set status = 'ABANDONED', last_error = 'earlier test'"
                + " where status = 'PENDING'")
        .update();
    texts.sent.clear();
    texts.failing = false;
  }

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  /** A day of its own for each test, decades ahead, so that no other data falls due with it. */
  static LocalDate day(int test) {
    return LocalDate.of(2041, 1, 10).plusDays(400L * test);
  }

  void today(LocalDate day) {
    clock.set(day.atTime(LocalTime.of(8, 0)).atZone(BANGKOK).toInstant());
  }

  List<Map<String, Object>> noticesOf(long person) {
    return jdbc.sql("select * from registry.notice where person_id = ? order by recipient, channel")
        .param(person)
        .query()
        .listOfRows();
  }

  List<MimeMessage> mailTo(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mailServer.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address))) {
        found.add(message);
      }
    }
    return found;
  }

  /** A text-message gateway that keeps what it is given, and can be made to refuse. */
  static final class RecordingGateway implements SmsGateway {

    record Text(String phoneNumber, String text) {}

    final List<Text> sent = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public String send(String phoneNumber, String text) {
      if (failing) {
        throw new IllegalStateException("gateway unavailable");
      }
      sent.add(new Text(phoneNumber, text));
      return "sms-" + sent.size();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tempDir() {
    try {
      return Files.createTempDirectory("samakki-notices-test").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
