package org.samakki.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.accounts.UserAccount;
import org.samakki.access.accounts.Users;
import org.springframework.stereotype.Service;

/**
 * The staff of an agency by id and display name, for modules that assign work to a colleague or
 * show who holds a case; never their contact or security details.
 */
@Service
public class StaffDirectory {

  private final Users users;

  StaffDirectory(Users users) {
    this.users = users;
  }

  /** A staff member as other modules see them. */
  public record Member(
      UUID id, UUID agencyId, String displayName, boolean active, Set<String> roles) {}

  /** The agency's staff whose accounts are enabled, by username. */
  public List<Member> activeMembers(UUID agencyId) {
    return users.ofAgency(agencyId).stream()
        .map(StaffDirectory::member)
        .filter(Member::active)
        .toList();
  }

  /** The enabled staff of every agency who have this role, such as multidisciplinary teams. */
  public List<Member> activeWithRole(String role) {
    return users.all().stream()
        .map(StaffDirectory::member)
        .filter(m -> m.active() && m.roles().contains(role))
        .toList();
  }

  public Optional<Member> find(UUID id) {
    return users.find(id).map(StaffDirectory::member);
  }

  private static Member member(UserAccount u) {
    return new Member(u.id(), u.agencyId(), u.displayName(), u.disabledAt() == null, u.roles());
  }
}
