package org.samakki.registry.statistics;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fourteen workers written straight into the status tables, as the status store writes them: 6
 * regular Myanmar-like XSA workers in Tak (63), 7 irregular XSA workers in Samut Sakhon (74) who
 * lapsed this month (2, permit expired) or last month (5, two reasons each), and 1 XSB worker.
 */
final class SeededWorkers {

  private SeededWorkers() {}

  static void seed(JdbcClient jdbc, LocalDate today) {
    long id = RegistryStatisticsTests.FIRST;
    LocalDate thisMonth = today.withDayOfMonth(1);
    LocalDate lastMonth = thisMonth.minusMonths(1).plusDays(3);
    for (int i = 0; i < 6; i++, id++) {
      worker(jdbc, id, "REGULAR", "{}", today.plusDays(40), "63", "AGRICULTURE", "MOU", "XSA");
      period(jdbc, id, today.minusYears(1), null, "REGULAR", "{}", "63", "XSA");
    }
    for (int i = 0; i < 2; i++, id++) {
      worker(
          jdbc,
          id,
          "IRREGULAR",
          "{WORK_PERMIT_EXPIRED}",
          null,
          "74",
          "SEAFOOD_PROCESSING",
          "IN_COUNTRY",
          "XSA");
      // the period before is stored first, in a statement of its own
      period(jdbc, id, today.minusYears(1), thisMonth, "REGULAR", "{}", "74", "XSA");
      period(jdbc, id, thisMonth, null, "IRREGULAR", "{WORK_PERMIT_EXPIRED}", "74", "XSA");
    }
    for (int i = 0; i < 5; i++, id++) {
      worker(
          jdbc,
          id,
          "IRREGULAR",
          "{EMPLOYER_CHANGE_NOT_REPORTED,HEALTH_CHECK_MISSING}",
          null,
          "74",
          "SEAFOOD_PROCESSING",
          "IN_COUNTRY",
          "XSA");
      jdbc.sql(
              "insert into registry.status_period (person_id, valid_from, valid_to, status, reasons,"
                  + " province_code, nationality) values"
                  + " (?, ?, ?, 'EXPIRING', '{WORK_PERMIT_EXPIRING}', '74', 'XSA'),"
                  + " (?, ?, null, 'IRREGULAR',"
                  + " '{EMPLOYER_CHANGE_NOT_REPORTED,HEALTH_CHECK_MISSING}', '74', 'XSA')")
          .params(id, today.minusYears(1), lastMonth, id, lastMonth)
          .update();
    }
    worker(jdbc, id, "REGULAR", "{}", today.plusDays(40), "63", "AGRICULTURE", "MOU", "XSB");
    period(jdbc, id, today.minusYears(1), null, "REGULAR", "{}", "63", "XSB");
  }

  private static void worker(
      JdbcClient jdbc,
      long id,
      String status,
      String reasons,
      LocalDate deadline,
      String province,
      String sector,
      String channel,
      String nationality) {
    jdbc.sql(
            "insert into registry.worker_status (person_id, status, reasons, next_deadline, since,"
                + " province_code, district_code, sector, nationality, channel, derived_on)"
                + " values (?, ?, ?::text[], ?, current_date, ?, ?, ?, ?, ?, current_date)")
        .params(
            id, status, reasons, deadline, province, province + "01", sector, nationality, channel)
        .update();
  }

  private static void period(
      JdbcClient jdbc,
      long id,
      LocalDate from,
      LocalDate until,
      String status,
      String reasons,
      String province,
      String nationality) {
    jdbc.sql(
            "insert into registry.status_period (person_id, valid_from, valid_to, status, reasons,"
                + " province_code, nationality) values (?, ?, ?, ?, ?::text[], ?, ?)")
        .params(id, from, until, status, reasons, province, nationality)
        .update();
  }
}
