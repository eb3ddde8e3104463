package org.samakki.cases.nrm;

/** One member of the multidisciplinary team: their name, profession and agency. */
public record TeamMember(String name, TeamRole role, String agency) {}
