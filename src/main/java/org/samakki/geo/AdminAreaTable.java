package org.samakki.geo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the database copy of the areas ({@code geo.admin_area}) equal to the bundled dataset, so
 * that reports can join on area codes in SQL. Areas are upserted, never deleted: records that name
 * a retired code keep a place to point to.
 */
@Component
class AdminAreaTable implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AdminAreaTable.class);
  private static final String DATASET = "thai-admin";

  private final ThaiAdminDataset dataset;
  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final TransactionTemplate transaction;

  AdminAreaTable(
      ThaiAdminDataset dataset,
      JdbcClient jdbc,
      JdbcTemplate jdbcTemplate,
      TransactionTemplate transaction) {
    this.dataset = dataset;
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.transaction = transaction;
  }

  @Override
  public void afterPropertiesSet() {
    String loaded =
        jdbc.sql("select checksum from geo.dataset where name = ?")
            .param(DATASET)
            .query(String.class)
            .optional()
            .orElse("");
    if (loaded.equals(dataset.checksum())) {
      return;
    }
    transaction.executeWithoutResult(status -> load());
    log.info("Loaded {} administrative areas into geo.admin_area", dataset.areas().size());
  }

  private void load() {
    List<AdminArea> areas = dataset.areas();
    jdbcTemplate.batchUpdate(
        """
        insert into geo.admin_area (code, level, parent_code, name_th, name_en, postal_code)
        values (?, ?, ?, ?, ?, ?)
        on conflict (code) do update set level = excluded.level,
          parent_code = excluded.parent_code, name_th = excluded.name_th,
          name_en = excluded.name_en, postal_code = excluded.postal_code
        """,
        areas,
        1000,
        (statement, area) -> {
          statement.setString(1, area.code());
          statement.setString(2, area.level().name());
          statement.setString(3, area.parentCode());
          statement.setString(4, area.nameTh());
          statement.setString(5, area.nameEn());
          statement.setObject(6, area.postalCode());
        });
    jdbc.sql(
            """
            insert into geo.dataset (name, checksum, loaded_at) values (?, ?, now())
            on conflict (name) do update set checksum = excluded.checksum, loaded_at = now()
            """)
        .params(DATASET, dataset.checksum())
        .update();
  }
}
