package org.samakki.cases.statistics;

import java.util.List;

/**
 * The NRM's figures: victims identified by the multidisciplinary teams, by type of exploitation (a
 * victim may count under several), nationality, sex and age band at identification; referrals by
 * status and the median time to acceptance. Cells under the minimum are suppressed.
 */
public record CaseFigures(
    int minimum,
    Cell identifiedVictims,
    List<Cell> byExploitation,
    List<Cell> byNationality,
    List<Cell> bySex,
    List<Cell> byAgeBand,
    Cell referrals,
    List<Cell> referralsByStatus,
    Cell acceptedReferrals,
    Double medianHoursToAcceptance) {}
