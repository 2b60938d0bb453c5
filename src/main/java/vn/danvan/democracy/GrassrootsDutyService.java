package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsDutyCreate;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue of the law's duties kept as data: which row of a code is in force on a day, and a new row from a
 * date (the row in force ends the day before), as {@code LegalRules} does for the reception rules.
 */
@ApplicationScoped
public class GrassrootsDutyService {

    private final EntityManager em;

    GrassrootsDutyService(EntityManager em) {
        this.em = em;
    }

    /** The row of the code in force on the day. */
    public Optional<GrassrootsDutyEntity> inForce(String code, LocalDate on) {
        return em.createQuery("from GrassrootsDutyEntity d where d.deletedAt is null and d.code = :code"
                        + " and d.effectiveFrom <= :on and (d.effectiveTo is null or d.effectiveTo >= :on)"
                        + " order by d.effectiveFrom desc", GrassrootsDutyEntity.class)
                .setParameter("code", code).setParameter("on", on).setMaxResults(1).getResultStream().findFirst();
    }

    /** The duty a record names, in force on its day, of one of the kinds it may be; else 400 on the field. */
    GrassrootsDutyEntity require(String code, LocalDate on, String field, List<GrassrootsDutyKind> kinds) {
        GrassrootsDutyEntity duty = inForce(code, on).orElseThrow(() -> ApiException.invalid(
                FieldViolation.of(field, "NotInForce", "grassroots.duty-not-in-force", code, on)));
        if (!kinds.contains(duty.kind)) {
            throw ApiException.invalid(FieldViolation.of(field, "WrongKind", "grassroots.duty-wrong-kind", code,
                    duty.kind, kinds));
        }
        return duty;
    }

    /** Every row in force on some day of the window, of the kinds that recur yearly. */
    List<GrassrootsDutyEntity> yearly(LocalDate from, LocalDate to) {
        return em.createQuery("from GrassrootsDutyEntity d where d.deletedAt is null and d.annualDueOn is not null"
                        + " and d.effectiveFrom <= :to and (d.effectiveTo is null or d.effectiveTo >= :from)"
                        + " order by d.code, d.effectiveFrom", GrassrootsDutyEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    public List<GrassrootsDutyEntity> list(GrassrootsDutyKind kind, String code, LocalDate asOf) {
        String jpql = "from GrassrootsDutyEntity d where d.deletedAt is null"
                + (kind == null ? "" : " and d.kind = :kind")
                + (code == null ? "" : " and d.code = :code")
                + (asOf == null ? "" : " and d.effectiveFrom <= :asOf and (d.effectiveTo is null or d.effectiveTo >= :asOf)")
                + " order by d.kind, d.code, d.effectiveFrom";
        var query = em.createQuery(jpql, GrassrootsDutyEntity.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (code != null) {
            query.setParameter("code", code);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    /**
     * A new row of a code from a date. The code's rows are locked first (native: MariaDB has no FOR UPDATE OF), so two
     * changes of one code sent at once apply one after the other: the second is later (and ends the first) or a 409.
     */
    public GrassrootsDutyEntity add(GrassrootsDutyCreate request) {
        LocalDate from = request.getEffectiveFrom();
        if (request.getAnnualDueOn() != null) {
            try {
                java.time.MonthDay.parse("--" + request.getAnnualDueOn());
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.invalid(FieldViolation.of("annualDueOn", "Date", "grassroots.annual-due-invalid",
                        request.getAnnualDueOn()));
            }
        }
        @SuppressWarnings("unchecked")
        List<GrassrootsDutyEntity> sameCode = em.createNativeQuery("SELECT * FROM grassroots_duty"
                        + " WHERE code = :code AND deleted_at IS NULL ORDER BY effective_from FOR UPDATE", GrassrootsDutyEntity.class)
                .setParameter("code", request.getCode()).getResultList();
        for (GrassrootsDutyEntity existing : sameCode) {
            if (!existing.effectiveFrom.isBefore(from)) {
                throw new ApiException(ProblemType.CONFLICT, "grassroots.duty-not-latest", existing.effectiveFrom);
            }
        }
        sameCode.stream().filter(d -> d.effectiveTo == null || !d.effectiveTo.isBefore(from))
                .forEach(d -> d.effectiveTo = from.minusDays(1));
        GrassrootsDutyEntity duty = new GrassrootsDutyEntity();
        duty.id = UUID.randomUUID();
        duty.code = request.getCode();
        duty.kind = request.getKind();
        duty.title = request.getTitle();
        duty.forms = Forms.join(request.getForms());
        duty.discloseWithinDays = request.getDiscloseWithinDays();
        duty.minPostingDays = request.getMinPostingDays();
        duty.annualDueOn = request.getAnnualDueOn();
        duty.effectiveFrom = from;
        duty.legalBasis = request.getLegalBasis();
        em.persist(duty);
        em.flush();
        return duty;
    }
}
