package org.samakki.cases.htcds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.samakki.access.PolicyResource;

/**
 * A case's contents as IOM's Human Trafficking Case Data Standard records them, as the policy's
 * {@code trafficking-record} resource shows them: victim status and the deciding organisations,
 * recruitment, means of control, exploitation and industry, events and risk assessments.
 */
@PolicyResource("trafficking-record")
public record TraffickingView(
    String caseId,
    String caseRef,
    String victimStatus,
    String decidingOrganisations,
    String recruiterType,
    LocalDate recruitedOn,
    String recruitmentArea,
    String recruitmentCountry,
    BigDecimal recruitmentFee,
    BigDecimal debtOwed,
    String recruitmentDetails,
    List<String> meansOfControl,
    List<String> exploitationTypes,
    List<String> industries,
    List<TraffickingRecords.Event> events,
    List<TraffickingRecords.RiskAssessment> riskAssessments) {}
