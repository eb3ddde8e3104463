package org.samakki.access.accounts;

import java.util.Optional;
import java.util.UUID;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordFactsSource;
import org.springframework.stereotype.Component;

/** The access facts of user accounts, for break-the-glass. */
@Component
class UserFacts implements RecordFactsSource {

  private final Users users;

  UserFacts(Users users) {
    this.users = users;
  }

  @Override
  public String resource() {
    return Accounts.USER;
  }

  @Override
  public Optional<RecordFacts> facts(String recordId) {
    try {
      return users.find(UUID.fromString(recordId)).map(Accounts::facts);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  @Override
  public String path(String recordId) {
    return "/admin/users/" + recordId;
  }
}
