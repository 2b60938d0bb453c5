package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.reception.export.ReceptionBookWriter;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.reception.personaldata.PersonalDataPolicy;
import vn.danvan.reception.personaldata.PersonalDataShown;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The book of one unit for a date range as a workbook; records shown in clear are logged as exported. */
@ApplicationScoped
public class ReceptionBookExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_DAYS = 366;

    public record Book(String fileName, byte[] content) {
    }

    private final ReceptionQueries queries;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final PersonalDataPolicy policy;
    private final PersonalDataAccessLog accessLog;
    private final ReceptionBookWriter writer;
    private final BookEntryMapper mapper;
    private final PersonalDataShown decrypted;

    ReceptionBookExport(ReceptionQueries queries, OrganizationTreeQueries directory, ScopeProvider scopes,
                        PersonalDataPolicy policy, PersonalDataAccessLog accessLog,
                        ReceptionBookWriter writer, BookEntryMapper mapper, PersonalDataCipher cipher) {
        this.mapper = mapper;
        this.decrypted = PersonalDataShown.inClear(cipher);
        this.queries = queries;
        this.directory = directory;
        this.scopes = scopes;
        this.policy = policy;
        this.accessLog = accessLog;
        this.writer = writer;
    }

    public Book export(UUID organizationId, LocalDate from, LocalDate to) {
        if (!directory.isWithin(organizationId, scopes.current())) {
            throw ApiException.notFound("entity.organization", organizationId);
        }
        if (to.isBefore(from)) {
            throw ApiException.invalid(FieldViolation.of("to", "DateOrder", "reception.range-order"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiException.invalid(FieldViolation.of("to", "Range", "reception.range-too-long", MAX_DAYS));
        }
        List<ReceptionEntity> rows = queries.book(organizationId, from, to);
        Predicate<UUID> clear = policy.forCaller();
        if (clear.test(organizationId)) {
            accessLog.record(PersonalDataAccessLog.Subject.RECEPTION, rows.stream().map(r -> r.id).toList(),
                    PersonalDataAccessLog.Purpose.EXPORT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384 + rows.size() * 400);
        try {
            // one look-up for the unit and every transfer target, not one per row
            java.util.Set<UUID> units = new java.util.HashSet<>();
            units.add(organizationId);
            rows.stream().map(r -> r.transferredToId).filter(java.util.Objects::nonNull).forEach(units::add);
            java.util.Map<UUID, String> unitNames = directory.names(units);
            BookFacts facts = new BookFacts(unitNames, clear, decrypted);
            writer.write(out, unitNames.getOrDefault(organizationId, ""), from, to,
                    rows.stream().map(r -> mapper.toEntry(r, facts)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Book("so-tiep-cong-dan_" + from + "_" + to + ".xlsx", out.toByteArray());
    }
}
