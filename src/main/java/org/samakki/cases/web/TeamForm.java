package org.samakki.cases.web;

import java.util.ArrayList;
import java.util.List;
import org.samakki.cases.nrm.TeamMember;
import org.samakki.cases.nrm.TeamRole;

/** The team members of the identification form: one row per member, empty rows left out. */
final class TeamForm {

  /** Rows offered by the form; more members are added by recording the decision again. */
  static final int ROWS = 5;

  private TeamForm() {}

  static List<TeamMember> members(List<String> names, List<String> roles, List<String> agencies) {
    List<TeamMember> members = new ArrayList<>();
    int rows = Math.max(size(names), Math.max(size(roles), size(agencies)));
    for (int i = 0; i < rows; i++) {
      String name = at(names, i);
      String agency = at(agencies, i);
      String role = at(roles, i);
      if (name.isBlank() && agency.isBlank()) {
        continue;
      }
      members.add(
          new TeamMember(
              name, role.isBlank() ? null : CaseController.value(TeamRole.class, role), agency));
    }
    return members;
  }

  private static int size(List<String> values) {
    return values == null ? 0 : values.size();
  }

  private static String at(List<String> values, int i) {
    return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
  }
}
