package org.samakki.registry.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner queues a notice for each worker whose deadline is a lead time away, to the worker and
 * to the employer, once however often it runs, and catches up on the days it did not run.
 */
class NoticePlannerTests extends NoticeTestContext {

  @Autowired NoticePlanner planner;

  @Test
  void theDueNoticesAreQueuedOnceEvenWhenThePlannerRunsTwice() {
    LocalDate today = day(1);
    long in60 = workers.add(Workers.Worker.burmese(today.plusDays(60)));
    long in30 = workers.add(Workers.Worker.burmese(today.plusDays(30)));
    long in7 = workers.add(Workers.Worker.burmese(today.plusDays(7)));
    long in45 = workers.add(Workers.Worker.burmese(today.plusDays(45)));
    long in61 = workers.add(Workers.Worker.burmese(today.plusDays(61)));
    long in8 = workers.add(Workers.Worker.burmese(today.plusDays(8)));
    planner.plan(today.minusDays(1));

    NoticePlanner.Plan first = planner.plan(today);
    NoticePlanner.Plan second = planner.plan(today);

    assertThat(first.queued()).isGreaterThanOrEqualTo(6);
    assertThat(second.queued()).isZero();
    assertThat(leadDays(in60)).containsExactly(60, 60);
    assertThat(leadDays(in30)).containsExactly(30, 30);
    assertThat(leadDays(in7)).containsExactly(7, 7);
    assertThat(noticesOf(in45)).isEmpty();
    assertThat(noticesOf(in61)).isEmpty();
    assertThat(noticesOf(in8)).isEmpty();
    assertThat(noticesOf(in30))
        .extracting(n -> n.get("recipient"), n -> n.get("channel"), n -> n.get("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EMPLOYER", "EMAIL", "PENDING"),
            org.assertj.core.groups.Tuple.tuple("WORKER", "EMAIL", "PENDING"));
  }

  @Test
  void daysWithoutARunAreCaughtUpWithTheNearestLeadTimeOnly() {
    LocalDate today = day(2);
    planner.plan(today.minusDays(40));
    long in55 = workers.add(Workers.Worker.burmese(today.plusDays(55)));
    long in25 = workers.add(Workers.Worker.burmese(today.plusDays(25)));
    long in5 = workers.add(Workers.Worker.burmese(today.plusDays(5)));
    long passed = workers.add(Workers.Worker.burmese(today.minusDays(1)));

    NoticePlanner.Plan plan = planner.plan(today);

    assertThat(plan.since()).isEqualTo(today.minusDays(40));
    assertThat(leadDays(in55)).containsOnly(60);
    assertThat(leadDays(in25)).containsOnly(30);
    assertThat(leadDays(in5)).containsOnly(7);
    assertThat(noticesOf(passed)).isEmpty();
  }

  @Test
  void theWorkerIsWrittenToInTheirLanguageAndTheEmployerInThaiAndEnglish() {
    LocalDate today = day(3);
    planner.plan(today.minusDays(1));
    long khmer = workers.add(Workers.Worker.burmese(today.plusDays(30)).language("km"));

    planner.plan(today);

    List<Map<String, Object>> notices = noticesOf(khmer);
    assertThat(notices).hasSize(2);
    Map<String, Object> employer = notices.get(0);
    Map<String, Object> worker = notices.get(1);
    assertThat(worker.get("language")).isEqualTo("km");
    assertThat((String) worker.get("subject")).startsWith("ការរំលឹក");
    assertThat(employer.get("language")).isEqualTo("th,en");
    assertThat((String) employer.get("body")).contains("เรียน นายจ้าง").contains("Dear employer");
  }

  @Test
  void textMessagesAreQueuedForPhoneNumbersWhenAGatewayIsConfigured() {
    LocalDate today = day(4);
    planner.plan(today.minusDays(1));
    Workers.Worker worker =
        Workers.Worker.burmese(today.plusDays(7)).email(null).phones("+66811111111", "021234567");
    long person = workers.add(worker);

    planner.plan(today);

    assertThat(noticesOf(person))
        .extracting(n -> n.get("recipient") + " " + n.get("channel") + " " + n.get("address"))
        .containsExactlyInAnyOrder(
            "WORKER SMS +66811111111",
            "EMPLOYER SMS 021234567",
            "EMPLOYER EMAIL " + worker.employerEmail());
  }

  @Test
  void aFormerEmployerIsNotToldThatTheWorkerIsLookingForANewOne() {
    LocalDate today = day(5);
    planner.plan(today.minusDays(1));
    Workers.Worker looking = Workers.Worker.burmese(today.plusDays(30));
    long person =
        workers.add(
            new Workers.Worker(
                looking.language(),
                looking.givenName(),
                looking.familyName(),
                looking.nameNative(),
                looking.email(),
                null,
                "GRACE",
                List.of("LOOKING_FOR_EMPLOYER"),
                looking.deadline(),
                looking.employerName(),
                looking.employerEmail(),
                null,
                looking.permit()));

    planner.plan(today);

    assertThat(noticesOf(person)).extracting(n -> n.get("recipient")).containsExactly("WORKER");
  }

  @Test
  void closedNoticesAreDeletedAfterTheirKeepingTimeAndWaitingOnesStay() {
    LocalDate today = day(6);
    today(today.minusDays(1));
    planner.plan(today.minusDays(1));
    long person = workers.add(Workers.Worker.burmese(today.plusDays(7)));
    today(today);
    planner.plan(today);
    jdbc.sql(
            "update registry.notice set status = 'SENT' where person_id = ? and recipient = 'WORKER'")
        .param(person)
        .update();

    clock.advance(Duration.ofDays(89));
    planner.purge();
    assertThat(noticesOf(person)).hasSize(2);
    clock.advance(Duration.ofDays(2));
    planner.purge();

    assertThat(noticesOf(person))
        .extracting(n -> n.get("recipient") + " " + n.get("status"))
        .containsExactly("EMPLOYER PENDING");
  }

  private List<Integer> leadDays(long person) {
    return noticesOf(person).stream().map(n -> (Integer) n.get("lead_days")).toList();
  }
}
