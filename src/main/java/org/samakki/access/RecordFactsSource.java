package org.samakki.access;

import java.util.Optional;

/**
 * A module's answer to “what are the access facts of this record, and where is it shown?”, so that
 * break-the-glass can be asked for records of any module from one page.
 */
public interface RecordFactsSource {

  /** The policy resource whose records this source knows, such as {@code “user”}. */
  String resource();

  Optional<RecordFacts> facts(String recordId);

  /** The page that shows the record. */
  String path(String recordId);
}
