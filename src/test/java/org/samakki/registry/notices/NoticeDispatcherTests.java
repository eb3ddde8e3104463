package org.samakki.registry.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samakki.audit.AuditEntry;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher delivers queued notices by e-mail and text message, at least once and never again
 * after a successful send; while the mail server is down or missing, notices wait and none is lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticeDispatcherTests extends NoticeTestContext {

  @Autowired NoticePlanner planner;
  @Autowired NoticeDispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;
  @Autowired SmsChannel sms;
  @Autowired ApplicationContext context;

  @Test
  void theWorkerGetsTheNoticeInBurmeseAndTheEmployerInThaiAndEnglish() throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(11).plusDays(30));
    queue(day(11), worker);

    dispatcher.dispatch();

    List<MimeMessage> toWorker = mailTo(worker.email());
    assertThat(toWorker).hasSize(1);
    MimeMessage mail = toWorker.get(0);
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("notices@samakki.test");
    assertThat(mail.getSubject()).startsWith("သတိပေးချက်").contains(year(worker.deadline()));
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat((String) mail.getContent())
        .contains("လေးစားအပ်ပါသော အောင်ကျော်မိုး")
        .contains("အလုပ်လုပ်ကိုင်ခွင့်လက်မှတ် သက်တမ်းကုန်ဆုံးတော့မည်")
        .doesNotContain(worker.permit());

    List<MimeMessage> toEmployer = mailTo(worker.employerEmail());
    assertThat(toEmployer).hasSize(1);
    String thaiYear = Integer.toString(worker.deadline().getYear() + 543);
    assertThat(toEmployer.get(0).getSubject()).contains("แจ้งเตือน").contains("Reminder");
    assertThat((String) toEmployer.get(0).getContent())
        .contains("ใบอนุญาตทำงานจะสิ้นอายุ")
        .contains("พ.ศ. " + thaiYear)
        .contains("The work permit ends.")
        .contains("ending in 9876")
        .doesNotContain(worker.permit())
        .doesNotContain(worker.email());
    assertThat(mailServer.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aNoticeWaitsWhileTheMailServerIsDownAndGoesWhenItIsBack() throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(12).plusDays(7)).withoutEmployer();
    long person = queue(day(12), worker);
    mailServer.stop();
    Instant firstAttempt = clock.instant();

    dispatcher.dispatch();
    Map<String, Object> first = noticesOf(person).get(0);
    dispatcher.dispatch();
    clock.advance(Duration.ofMinutes(1));
    dispatcher.dispatch();
    Map<String, Object> second = noticesOf(person).get(0);

    assertThat(first.get("status")).isEqualTo("PENDING");
    assertThat(first.get("attempts")).isEqualTo(1);
    assertThat(nextAttempt(first)).isEqualTo(firstAttempt.plus(Duration.ofMinutes(1)));
    assertThat(second.get("attempts")).isEqualTo(2);
    assertThat(Duration.between(clock.instant(), nextAttempt(second)))
        .isEqualTo(Duration.ofMinutes(2));
    assertThat((String) second.get("last_error"))
        .contains("MailSendException")
        .doesNotContain(worker.email())
        .doesNotContain("127.0.0.1");

    mailServer.start();
    clock.advance(Duration.ofMinutes(2));
    dispatcher.dispatch();

    assertThat(noticesOf(person).get(0).get("status")).isEqualTo("SENT");
    assertThat(mailTo(worker.email())).hasSize(1);
  }

  @Test
  void withoutAMailServerConfiguredNoticesWaitAndNoneIsLost(CapturedOutput output)
      throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(13).plusDays(60)).withoutEmployer();
    long person = queue(day(13), worker);
    NoticeDispatcher unconfigured =
        new NoticeDispatcher(
            outbox,
            List.of(new EmailChannel(context.getBeanProvider(JavaMailSender.class), "", ""), sms),
            audit,
            transaction,
            clock,
            20,
            12,
            Duration.ofMinutes(1),
            Duration.ofHours(6),
            Duration.ofMinutes(10));

    unconfigured.dispatch();
    clock.advance(Duration.ofHours(1));
    unconfigured.dispatch();

    Map<String, Object> waiting = noticesOf(person).get(0);
    assertThat(waiting.get("status")).isEqualTo("PENDING");
    assertThat(waiting.get("attempts")).isEqualTo(0);
    assertThat(mailServer.getReceivedMessages()).isEmpty();
    assertThat(output.getOut().split("no SMTP host is configured", -1)).hasSize(2);

    dispatcher.dispatch();

    assertThat(noticesOf(person).get(0).get("status")).isEqualTo("SENT");
    assertThat(mailTo(worker.email())).hasSize(1);
  }

  @Test
  void theTextMessageGatewayReceivesTheTextMessages() {
    Workers.Worker worker =
        Workers.Worker.burmese(day(14).plusDays(7))
            .language("km")
            .email(null)
            .phones("+66822222222", "+66833333333");
    long person = queue(day(14), worker);

    dispatcher.dispatch();

    assertThat(texts.sent)
        .extracting(RecordingGateway.Text::phoneNumber)
        .containsExactlyInAnyOrder("+66822222222", "+66833333333");
    assertThat(textTo("+66822222222")).startsWith("ការរំលឹក").contains("1694");
    assertThat(textTo("+66833333333")).contains("แจ้งเตือน").contains("Reminder");
    assertThat(noticesOf(person))
        .filteredOn(n -> "SMS".equals(n.get("channel")))
        .extracting(n -> n.get("status"), n -> ((String) n.get("provider_id")).startsWith("sms-"))
        .containsOnly(org.assertj.core.groups.Tuple.tuple("SENT", true));
  }

  @Test
  void aNoticeIsNeverSentAgainAfterItWasSent() throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(15).plusDays(30)).withoutEmployer();
    long person = queue(day(15), worker);
    dispatcher.dispatch();

    jdbc.sql("update registry.notice set next_attempt_at = ? where person_id = ?")
        .params(OffsetDateTime.now().minusYears(50), person)
        .update();
    clock.advance(Duration.ofDays(1));
    planner.plan(day(15));
    dispatcher.dispatch();
    clock.advance(Duration.ofDays(1));
    dispatcher.dispatch();

    assertThat(mailTo(worker.email())).hasSize(1);
    assertThat(noticesOf(person)).hasSize(1);
    assertThat(noticesOf(person).get(0).get("status")).isEqualTo("SENT");
  }

  @Test
  void aNoticeClaimedByAServerThatDiedIsSentWhenItsLeaseRunsOut() throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(16).plusDays(7)).withoutEmployer();
    long person = queue(day(16), worker);
    Instant now = clock.instant();
    assertThat(outbox.claim(List.of(Channel.EMAIL), now, now.plus(Duration.ofMinutes(10)), 100))
        .extracting(Notice::personId)
        .contains(person);

    dispatcher.dispatch();
    assertThat(mailTo(worker.email())).isEmpty();
    clock.advance(Duration.ofMinutes(10));
    dispatcher.dispatch();

    assertThat(mailTo(worker.email())).hasSize(1);
    assertThat(noticesOf(person).get(0))
        .containsEntry("status", "SENT")
        .containsEntry("attempts", 2);
  }

  @Test
  void eachSentNoticeIsAuditedForTheRegistrationPurposeWithoutItsContent() {
    Workers.Worker worker = Workers.Worker.burmese(day(17).plusDays(30));
    long person = queue(day(17), worker);

    dispatcher.dispatch();

    List<AuditEntry> entries =
        audit.find(
            new AuditQuery(
                null, null, null, "person", Long.toString(person), "NOTIFY", null, null, null, 10));
    assertThat(entries).hasSize(2);
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.purpose()).isEqualTo("registration");
              assertThat(e.actorName()).isEqualTo("system:notices");
              assertThat(e.fields()).contains("nextDeadline", "reasons");
              assertThat(e.toString())
                  .doesNotContain(worker.email())
                  .doesNotContain(worker.employerEmail())
                  .doesNotContain(worker.permit());
            });
    assertThat(entries).extracting(AuditEntry::reason).anyMatch(r -> r.contains("employer"));
  }

  @Test
  void aNoticeWhoseDeadlineChangedBeforeItWentIsNotSent() throws Exception {
    Workers.Worker worker = Workers.Worker.burmese(day(18).plusDays(30)).withoutEmployer();
    long person = queue(day(18), worker);

    workers.moveDeadline(person, worker.deadline().plusYears(2));
    dispatcher.dispatch();

    assertThat(noticesOf(person).get(0))
        .containsEntry("status", "ABANDONED")
        .containsEntry("last_error", "deadline changed");
    assertThat(mailTo(worker.email())).isEmpty();
  }

  @Test
  void anAddressTheMailServerCannotUseFailsForGoodWithoutRetries() {
    Workers.Worker worker =
        Workers.Worker.burmese(day(19).plusDays(7)).withoutEmployer().email("worker@@bad");
    long person = queue(day(19), worker);

    dispatcher.dispatch();

    assertThat(noticesOf(person).get(0))
        .containsEntry("status", "FAILED")
        .containsEntry("attempts", 1);
    assertThat((String) noticesOf(person).get(0).get("last_error")).doesNotContain("@@bad");
  }

  @Test
  void aNoticeIsAbandonedAfterTheLastAttemptWithPausesDoublingUpToACap() {
    assertThat(dispatcher.pause(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(dispatcher.pause(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(dispatcher.pause(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(dispatcher.pause(12)).isEqualTo(Duration.ofHours(6));
    Workers.Worker worker =
        Workers.Worker.burmese(day(20).plusDays(7))
            .withoutEmployer()
            .email(null)
            .phones("+6681", null);
    long person = queue(day(20), worker);
    texts.failing = true;

    for (int attempt = 1; attempt <= 12; attempt++) {
      dispatcher.dispatch();
      clock.advance(Duration.ofHours(6));
    }

    assertThat(noticesOf(person).get(0))
        .containsEntry("status", "ABANDONED")
        .containsEntry("attempts", 12);
    assertThat(texts.sent).isEmpty();
  }

  /** Plans the day for this worker alone and returns their person id. */
  private long queue(LocalDate today, Workers.Worker worker) {
    today(today.minusDays(1));
    planner.plan(today.minusDays(1));
    long person = workers.add(worker);
    today(today);
    planner.plan(today);
    assertThat(noticesOf(person)).isNotEmpty();
    return person;
  }

  private String textTo(String number) {
    return texts.sent.stream()
        .filter(t -> t.phoneNumber().equals(number))
        .map(RecordingGateway.Text::text)
        .findFirst()
        .orElseThrow();
  }

  private static Instant nextAttempt(Map<String, Object> notice) {
    return ((java.sql.Timestamp) notice.get("next_attempt_at")).toInstant();
  }

  private static String year(LocalDate day) {
    return Integer.toString(day.getYear());
  }
}
