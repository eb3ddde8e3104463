package org.samakki.registry.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues notices for workers whose next deadline is a lead time away (60, 30 and 7 days unless
 * configured): to the worker by e-mail, and by text message when a gateway is set up, and to their
 * employer. The days since the last run are caught up, so a planner that did not run for a few days
 * still warns everyone once, with the nearest lead time only. Running it twice queues nothing
 * twice.
 */
@Component
class NoticePlanner {

  private static final Logger log = LoggerFactory.getLogger(NoticePlanner.class);
  static final int CHUNK = 1_000;

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final Letters letters;
  private final SmsChannel sms;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final List<Integer> leadDays;
  private final int keepDays;

  NoticePlanner(
      JdbcClient jdbc,
      Outbox outbox,
      Letters letters,
      SmsChannel sms,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${samakki.registry.notices.lead-days:60,30,7}") String leadDays,
      @Value("${samakki.registry.notices.keep-days:90}") int keepDays) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.letters = letters;
    this.sms = sms;
    this.transaction = transaction;
    this.clock = clock;
    this.leadDays = leadDays(leadDays);
    // a closed notice is kept until its deadline has passed, so that it cannot be queued again
    this.keepDays = Math.max(keepDays, this.leadDays.get(0) + 1);
  }

  /** What a run planned: deadlines warned about from the day after {@code since} to {@code day}. */
  record Plan(LocalDate since, LocalDate day, int workers, int queued) {}

  /** In the morning, after the night's status sweep, so that no text message wakes anyone. */
  @Scheduled(
      cron = "${samakki.registry.notices.plan-cron:0 0 7 * * *}",
      zone = "${samakki.time-zone}")
  void daily() {
    Plan plan = plan(LocalDate.now(clock));
    int purged = purge();
    log.info(
        "Deadline notices planned for {} to {}: {} workers due, {} notices queued, {} old ones"
            + " deleted",
        plan.since().plusDays(1),
        plan.day(),
        plan.workers(),
        plan.queued(),
        purged);
  }

  /** Deletes sent, failed and abandoned notices older than the days they are kept. */
  int purge() {
    return outbox.purge(clock.instant().minus(Duration.ofDays(keepDays)));
  }

  /** Queues the notices due on this day and on any day since the last run. */
  Plan plan(LocalDate day) {
    int longest = leadDays.get(0);
    LocalDate since = outbox.lastPlannedBefore(day).orElse(day.minusDays(1));
    if (since.isBefore(day.minusDays(longest))) {
      since = day.minusDays(longest);
    }
    boolean texts = sms.unavailable().isEmpty();
    int workers = 0;
    int queued = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<DueWorker> due = due(since, day, after);
      if (due.isEmpty()) {
        break;
      }
      after = due.get(due.size() - 1).personId();
      List<QueuedNotice> notices = new ArrayList<>();
      due.forEach(w -> notices.addAll(notices(w, texts)));
      Integer count = transaction.execute(s -> outbox.queue(notices, clock.instant()));
      workers += due.size();
      queued += count == null ? 0 : count;
    }
    outbox.planned(day, queued, clock.instant());
    return new Plan(since, day, workers, queued);
  }

  private List<QueuedNotice> notices(DueWorker worker, boolean texts) {
    List<QueuedNotice> notices = new ArrayList<>();
    Letter toWorker = letters.toWorker(worker);
    add(
        notices,
        worker,
        Recipient.WORKER,
        Channel.EMAIL,
        worker.email(),
        worker.topics(),
        toWorker);
    if (texts) {
      add(
          notices,
          worker,
          Recipient.WORKER,
          Channel.SMS,
          worker.phone(),
          worker.topics(),
          toWorker);
    }
    Letter toEmployer = worker.employerId() == null ? null : letters.toEmployer(worker);
    if (toEmployer != null) {
      List<Topic> topics = worker.employerTopics();
      add(
          notices,
          worker,
          Recipient.EMPLOYER,
          Channel.EMAIL,
          worker.employerEmail(),
          topics,
          toEmployer);
      if (texts) {
        add(
            notices,
            worker,
            Recipient.EMPLOYER,
            Channel.SMS,
            worker.employerPhone(),
            topics,
            toEmployer);
      }
    }
    return notices;
  }

  private static void add(
      List<QueuedNotice> notices,
      DueWorker worker,
      Recipient recipient,
      Channel channel,
      String address,
      List<Topic> topics,
      Letter letter) {
    if (address == null || address.isBlank()) {
      return;
    }
    notices.add(
        new QueuedNotice(
            recipient,
            worker.personId(),
            worker.employerId(),
            channel,
            address,
            worker.deadline(),
            worker.leadDays(),
            topics,
            letter));
  }

  /**
   * Workers with a deadline still ahead whose warning day, for some lead time, falls after {@code
   * since} and on or before {@code day}; the nearest such lead time is theirs.
   */
  private List<DueWorker> due(LocalDate since, LocalDate day, long after) {
    return jdbc.sql(
            "select ws.person_id, ws.next_deadline, ws.reasons, ws.employer_id, l.lead,"
                + " p.given_name, p.family_name, p.name_native, p.email, p.phone, p.language,"
                + " e.name as employer_name, e.contact_email, e.contact_phone,"
                + " (select r.work_permit_number from registry.registration r"
                + " where r.person_id = ws.person_id"
                + " order by r.registered_on desc, r.id desc limit 1) as permit"
                + " from registry.worker_status ws"
                + " cross join lateral (select min(d) as lead from unnest(?::int[]) as d"
                + " where ws.next_deadline - d > ? and ws.next_deadline - d <= ?) l"
                + " join registry.person p on p.id = ws.person_id"
                + " left join registry.employer e on e.id = ws.employer_id"
                + " where ws.status in ('REGULAR', 'EXPIRING', 'GRACE')"
                + " and ws.next_deadline >= ? and ws.next_deadline <= ?"
                + " and l.lead is not null and ws.person_id > ?"
                + " order by ws.person_id limit ?")
        .params(
            leadDays.toArray(new Integer[0]),
            since,
            day,
            day,
            day.plusDays(leadDays.get(0)),
            after,
            CHUNK)
        .query(NoticePlanner::dueWorker)
        .list();
  }

  private static DueWorker dueWorker(ResultSet rs, int row) throws SQLException {
    return new DueWorker(
        rs.getLong("person_id"),
        rs.getObject("next_deadline", LocalDate.class),
        rs.getInt("lead"),
        Arrays.asList((String[]) rs.getArray("reasons").getArray()),
        rs.getString("given_name"),
        rs.getString("family_name"),
        rs.getString("name_native"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("language"),
        rs.getObject("employer_id", Long.class),
        rs.getString("employer_name"),
        rs.getString("contact_email"),
        rs.getString("contact_phone"),
        rs.getString("permit"));
  }

  /** Lead times from the configuration, longest first: “60,30,7”. */
  static List<Integer> leadDays(String configured) {
    List<Integer> days = new ArrayList<>();
    for (String part : configured.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int value = Integer.parseInt(part.strip());
      if (value < 1 || value > 366) {
        throw new IllegalArgumentException(
            "samakki.registry.notices.lead-days: each lead time is 1 to 366 days, not " + value);
      }
      if (!days.contains(value)) {
        days.add(value);
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("samakki.registry.notices.lead-days names no lead time");
    }
    days.sort((a, b) -> b - a);
    return List.copyOf(days);
  }
}
