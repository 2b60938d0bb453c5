package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrassrootsComment;
import vn.danvan.api.model.GrassrootsCompliance;
import vn.danvan.api.model.GrassrootsComplianceCounts;
import vn.danvan.api.model.GrassrootsComplianceRow;
import vn.danvan.api.model.GrassrootsConsultation;
import vn.danvan.api.model.GrassrootsConsultationTotals;
import vn.danvan.api.model.GrassrootsDisclosure;
import vn.danvan.api.model.GrassrootsDuty;
import vn.danvan.api.model.GrassrootsFinding;
import vn.danvan.api.model.GrassrootsHamletResult;
import vn.danvan.api.model.GrassrootsMissingDisclosure;
import vn.danvan.api.model.PublicGrassrootsCommentStatus;
import vn.danvan.api.model.PublicGrassrootsConsultation;
import vn.danvan.api.model.PublicGrassrootsDisclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.danvan.platform.mapping.TimeMappings.toOffsetDateTime;

/**
 * Records as the contract shows them. Written by hand rather than with MapStruct: almost every model here holds lists
 * stored as one column (forms, votes) or derived (totals, the portal's views), which MapStruct would need an
 * expression for field by field. Unit names come in one look-up per page.
 */
@ApplicationScoped
public class GrassrootsMapper {

    GrassrootsDuty toApi(GrassrootsDutyEntity d) {
        return new GrassrootsDuty().id(d.id).code(d.code).kind(d.kind).title(d.title).forms(d.formList())
                .discloseWithinDays(d.discloseWithinDays).minPostingDays(d.minPostingDays).annualDueOn(d.annualDueOn)
                .effectiveFrom(d.effectiveFrom).effectiveTo(d.effectiveTo).legalBasis(d.legalBasis)
                .createdAt(toOffsetDateTime(d.createdAt)).updatedAt(toOffsetDateTime(d.updatedAt)).version(d.version);
    }

    GrassrootsDisclosure toApi(DisclosureEntity d, Map<UUID, String> names, LocalDate today) {
        return new GrassrootsDisclosure().id(d.id).organizationId(d.organizationId)
                .organizationName(names.getOrDefault(d.organizationId, "")).dutyCode(d.dutyCode).title(d.title)
                .content(d.content).forms(d.formList()).approvedOn(d.approvedOn).startsOn(d.startsOn).endsOn(d.endsOn)
                .periodYear(d.periodYear).late(d.late).current(d.postedOn(today))
                .createdAt(toOffsetDateTime(d.createdAt)).updatedAt(toOffsetDateTime(d.updatedAt)).version(d.version);
    }

    PublicGrassrootsDisclosure toPublic(DisclosureEntity d, Map<UUID, String> names, Map<String, String> dutyTitles) {
        return new PublicGrassrootsDisclosure().id(d.id).organizationId(d.organizationId)
                .organizationName(names.getOrDefault(d.organizationId, "")).dutyCode(d.dutyCode)
                .dutyTitle(dutyTitles.getOrDefault(d.dutyCode, d.dutyCode)).title(d.title).content(d.content)
                .forms(d.formList()).startsOn(d.startsOn).endsOn(d.endsOn);
    }

    GrassrootsConsultation toApi(ConsultationEntity c, Map<UUID, String> names, LocalDate today) {
        ConsultationTally tally = ConsultationTally.of(c);
        List<GrassrootsHamletResult> results = new ArrayList<>();
        for (HamletResultEntity r : c.hamletResults) {
            results.add(new GrassrootsHamletResult().id(r.id).hamlet(r.hamlet).heldOn(r.heldOn).method(r.method)
                    .households(r.households).householdsTakingPart(r.householdsTakingPart).votes(new ArrayList<>(r.voteList())));
        }
        return new GrassrootsConsultation().id(c.id).organizationId(c.organizationId)
                .organizationName(names.getOrDefault(c.organizationId, "")).dutyCode(c.dutyCode).kind(c.kind)
                .question(c.question).options(new ArrayList<>(c.options)).opensOn(c.opensOn).closesOn(c.closesOn)
                .status(c.status).hamletResults(results)
                .totals(new GrassrootsConsultationTotals().households(Math.toIntExact(tally.households()))
                        .householdsTakingPart(Math.toIntExact(tally.householdsTakingPart()))
                        .turnout(tally.turnout().map(t -> Math.round(t * 1000) / 1000.0).orElse(null))
                        .votes(tally.votes().stream().map(Math::toIntExact).toList()))
                .outcome(c.outcome).adoptedOption(c.adoptedOption).decision(c.decision).decidedOn(c.decidedOn)
                .overdue(c.overdue(today))
                .createdAt(toOffsetDateTime(c.createdAt)).updatedAt(toOffsetDateTime(c.updatedAt)).version(c.version);
    }

    PublicGrassrootsConsultation toPublic(ConsultationEntity c, Map<UUID, String> names) {
        return new PublicGrassrootsConsultation().id(c.id).organizationId(c.organizationId)
                .organizationName(names.getOrDefault(c.organizationId, "")).kind(c.kind).question(c.question)
                .options(new ArrayList<>(c.options)).opensOn(c.opensOn).closesOn(c.closesOn);
    }

    /** {@code author} is the name and phone in clear, or null when the caller may not see them. */
    GrassrootsComment toApi(GrassrootsCommentEntity c, String[] author) {
        return new GrassrootsComment().id(c.id).consultationId(c.consultationId).organizationId(c.organizationId)
                .channel(c.channel).content(c.content).receivedOn(c.receivedOn)
                .authorName(author == null ? null : author[0]).authorPhone(author == null ? null : author[1])
                .trackingCode(c.trackingCode).answer(c.answer).answeredOn(c.answeredOn)
                .createdAt(toOffsetDateTime(c.createdAt)).updatedAt(toOffsetDateTime(c.updatedAt)).version(c.version);
    }

    PublicGrassrootsCommentStatus toPublic(GrassrootsCommentEntity c, String question) {
        return new PublicGrassrootsCommentStatus().trackingCode(c.trackingCode).receivedOn(c.receivedOn)
                .question(question).answered(c.answer != null).answer(c.answer).answeredOn(c.answeredOn);
    }

    GrassrootsFinding toApi(FindingEntity f, Map<UUID, String> names) {
        return new GrassrootsFinding().id(f.id).organizationId(f.organizationId)
                .organizationName(names.getOrDefault(f.organizationId, "")).foundOn(f.foundOn).subject(f.subject)
                .finding(f.finding).recommendation(f.recommendation).status(f.status).handling(f.handling)
                .handledOn(f.handledOn)
                .createdAt(toOffsetDateTime(f.createdAt)).updatedAt(toOffsetDateTime(f.updatedAt)).version(f.version);
    }

    GrassrootsCompliance toApi(List<GrassrootsComplianceQueries.CommuneCompliance> rows, LocalDate from, LocalDate to,
                               LocalDate today) {
        GrassrootsComplianceQueries.Counts totals = rows.stream().map(GrassrootsComplianceQueries.CommuneCompliance::counts)
                .reduce(new GrassrootsComplianceQueries.Counts(0, 0, 0, 0, 0), GrassrootsComplianceQueries.Counts::plus);
        return new GrassrootsCompliance().asOf(today).from(from).to(to).unitCount(rows.size())
                .rows(rows.stream().map(r -> new GrassrootsComplianceRow().organizationId(r.organizationId())
                        .organizationName(r.organizationName() == null ? "" : r.organizationName())
                        .missingDisclosures(count(r.counts().missingDisclosures()))
                        .lateDisclosures(count(r.counts().lateDisclosures()))
                        .overdueConsultations(count(r.counts().overdueConsultations()))
                        .unansweredComments(count(r.counts().unansweredComments()))
                        .openFindings(count(r.counts().openFindings()))
                        .missing(r.missing().stream().map(m -> new GrassrootsMissingDisclosure().dutyCode(m.dutyCode())
                                .year(m.year()).dueOn(m.dueOn())).toList())).toList())
                .totals(new GrassrootsComplianceCounts().missingDisclosures(count(totals.missingDisclosures()))
                        .lateDisclosures(count(totals.lateDisclosures()))
                        .overdueConsultations(count(totals.overdueConsultations()))
                        .unansweredComments(count(totals.unansweredComments()))
                        .openFindings(count(totals.openFindings())));
    }

    private static int count(long value) {
        return Math.toIntExact(value);
    }
}
