package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.OrganizationImportResult;
import vn.danvan.api.model.OrganizationImportSkipReason;
import vn.danvan.api.model.OrganizationImportSkippedRow;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports administrative units from the project's CSV or the official list, idempotent by official code: a unit
 * holding the code is updated (or left as it is), any other row creates a unit — unless the code belongs to a
 * dissolved unit and the row does not start after its end (a list from before a reorganisation imported again): that
 * row, and any row under it, is left as it is and reported ("dissolved on … into …"). A row starting after the
 * dissolution is a new unit that took the code over, and is created. Parents may be rows of the same file or existing units. Every row is
 * checked before anything is written; one bad row imports nothing.
 */
@ApplicationScoped
public class OrganizationImporter {

    private static final int MAX_DEPTH = 64;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrganizationRepository repository;
    private final OrganizationService service;
    private final UnitValidity validity;

    OrganizationImporter(OrganizationRepository repository, OrganizationService service, UnitValidity validity) {
        this.repository = repository;
        this.service = service;
        this.validity = validity;
    }

    public OrganizationImportResult importCsv(String csv, boolean demo) {
        return importCsv(csv, demo, Messages.VIETNAMESE);
    }

    /** The project's own CSV; the report's texts in {@code language}. */
    public OrganizationImportResult importCsv(String csv, boolean demo, Locale language) {
        return importRows(OrganizationCsvParser.parse(csv), demo, language);
    }

    /** The official list of administrative units in its published layout (.xlsx or CSV). */
    public OrganizationImportResult importOfficialList(byte[] file, Locale language) {
        return importRows(OfficialUnitListParser.parse(file), false, language);
    }

    private OrganizationImportResult importRows(OrganizationCsvParser.Parsed parsed, boolean demo, Locale language) {
        List<CsvImportRow> rows = parsed.rows();
        Map<String, CsvImportRow> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        Map<String, OrganizationEntity> existing = new HashMap<>();
        Set<String> referenced = new HashSet<>(byCode.keySet());
        rows.stream().map(CsvImportRow::parentCode).filter(Objects::nonNull).forEach(referenced::add);
        repository.findCodeHolders(new ArrayList<>(referenced)).forEach(o -> existing.put(o.officialCode, o));
        Map<String, OrganizationEntity> dissolved = dissolvedHolders(referenced, existing);
        Map<String, OrganizationImportSkippedRow> skipped = skippedRows(rows, byCode, existing, dissolved, language);

        List<FieldViolation> violations = new ArrayList<>(parsed.violations());
        for (CsvImportRow row : rows) {
            if (skipped.containsKey(row.code())) {
                continue;
            }
            if (row.parentCode() != null && !byCode.containsKey(row.parentCode()) && !existing.containsKey(row.parentCode())) {
                violations.add(FieldViolation.atLine(row.line(), "parentCode", "NotFound", "import.unknown-parent",
                        row.parentCode()));
            } else if (OrganizationRules.isRoot(row.type()) && existing.containsKey(row.code())
                    && existing.get(row.code()).parentId != null) {
                violations.add(FieldViolation.atLine(row.line(), "type", "RootType", "organization.root-has-parent"));
            } else if (formsCycle(row, byCode, existing)) {
                violations.add(FieldViolation.atLine(row.line(), "parentCode", "Cycle", "import.cycle"));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort(java.util.Comparator.comparing(FieldViolation::line));
            throw OrganizationCsvParser.invalid(violations);
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CsvImportRow row : parentsFirst(rows, byCode)) {
            if (skipped.containsKey(row.code())) {
                continue;
            }
            OrganizationEntity parent = row.parentCode() == null ? null : existing.get(row.parentCode());
            OrganizationEntity unit = existing.get(row.code());
            if (unit == null) {
                unit = create(row, parent, demo);
                existing.put(row.code(), unit);
                created++;
            } else if (apply(row, unit, parent)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        repository.flush();
        List<OrganizationImportSkippedRow> report = skipped.values().stream()
                .sorted(java.util.Comparator.comparing(OrganizationImportSkippedRow::getLine)).toList();
        return new OrganizationImportResult().created(created).updated(updated).unchanged(unchanged)
                .skipped(report.size()).skippedRows(new ArrayList<>(report));
    }

    /**
     * For each referenced code that no unit in force holds, the unit dissolved last with it: a list from before a
     * reorganisation names it, and it must not come back as a new unit.
     */
    private Map<String, OrganizationEntity> dissolvedHolders(Set<String> referenced, Map<String, OrganizationEntity> existing) {
        List<String> unheld = referenced.stream().filter(code -> !existing.containsKey(code)).toList();
        Map<String, OrganizationEntity> dissolved = new HashMap<>();
        for (OrganizationEntity unit : repository.findDissolvedCodeHolders(unheld)) {
            dissolved.merge(unit.officialCode, unit, (a, b) -> a.validTo.isAfter(b.validTo) ? a : b);
        }
        return dissolved;
    }

    /**
     * The rows left as they are, by code: those of a dissolved code, and those whose parent is one (or is a row skipped
     * for that), each with the report's line.
     */
    private Map<String, OrganizationImportSkippedRow> skippedRows(List<CsvImportRow> rows, Map<String, CsvImportRow> byCode,
                                                                   Map<String, OrganizationEntity> existing,
                                                                   Map<String, OrganizationEntity> dissolved,
                                                                   Locale language) {
        Map<String, OrganizationImportSkippedRow> skipped = new LinkedHashMap<>();
        for (CsvImportRow row : rows) {
            OrganizationEntity unit = dissolved.get(row.code());
            if (unit != null && !startsAfter(row, unit)) {
                skipped.put(row.code(), report(row, unit, OrganizationImportSkipReason.CODE_DISSOLVED, language));
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (CsvImportRow row : rows) {
                String parentCode = row.parentCode();
                if (parentCode == null || skipped.containsKey(row.code()) || existing.containsKey(parentCode)
                        && !byCode.containsKey(parentCode)) {
                    continue;
                }
                OrganizationEntity parent = dissolved.get(parentCode);
                if (parent != null && (!byCode.containsKey(parentCode) || skipped.containsKey(parentCode))) {
                    skipped.put(row.code(), report(row, parent, OrganizationImportSkipReason.PARENT_DISSOLVED, language));
                    more = true;
                }
            }
        }
        return skipped;
    }

    /**
     * Whether the row describes a unit that starts after the dissolved unit ended: a new unit that took over the code
     * (the 2025 reorganisation often gave the merged commune the code of one of its predecessors), not the old one. The
     * official list is in force from 1 July 2025 when it gives no date.
     */
    private static boolean startsAfter(CsvImportRow row, OrganizationEntity dissolvedUnit) {
        java.time.LocalDate start = row.validFrom() != null ? row.validFrom()
                : row.partial() ? OfficialUnitListParser.LIST_EFFECTIVE : null;
        return start != null && start.isAfter(dissolvedUnit.validTo);
    }

    private OrganizationImportSkippedRow report(CsvImportRow row, OrganizationEntity dissolvedUnit,
                                                OrganizationImportSkipReason reason, Locale language) {
        Optional<OrganizationEntity> successor = validity.successorInForce(dissolvedUnit);
        String day = DAY.format(dissolvedUnit.validTo);
        String key = (reason == OrganizationImportSkipReason.CODE_DISSOLVED ? "import.code-dissolved" : "import.parent-dissolved")
                + (successor.isPresent() ? "" : "-no-successor");
        String message = Messages.render(language, key, dissolvedUnit.officialCode, dissolvedUnit.name, day,
                successor.map(s -> s.name).orElse(""));
        return new OrganizationImportSkippedRow().line(row.line()).code(row.code()).reason(reason).message(message)
                .dissolvedUnitId(dissolvedUnit.id).validTo(dissolvedUnit.validTo)
                .successorId(successor.map(s -> s.id).orElse(null))
                .successorName(successor.map(s -> s.name).orElse(null));
    }

    /**
     * Follows the parent chain as it will be after the import (a row of the file decides the parent
     * of its code, the stored tree decides the rest) and reports whether it comes back to the row.
     */
    private boolean formsCycle(CsvImportRow row, Map<String, CsvImportRow> byCode, Map<String, OrganizationEntity> existing) {
        Set<String> seen = new HashSet<>();
        String node = "c:" + row.code();
        for (int step = 0; node != null && step < MAX_DEPTH; step++) {
            if (!seen.add(node)) {
                return true;
            }
            node = parentOf(node, byCode, existing);
        }
        return node != null;
    }

    private String parentOf(String node, Map<String, CsvImportRow> byCode, Map<String, OrganizationEntity> existing) {
        OrganizationEntity stored;
        if (node.startsWith("c:")) {
            String code = node.substring(2);
            CsvImportRow row = byCode.get(code);
            if (row != null) {
                return row.parentCode() == null ? null : nodeOfCode(row.parentCode(), byCode, existing);
            }
            stored = existing.get(code);
        } else {
            stored = repository.findLive(UUID.fromString(node.substring(2))).orElse(null);
        }
        if (stored == null || stored.parentId == null) {
            return null;
        }
        return repository.findLive(stored.parentId).map(parent -> nodeOf(parent, byCode)).orElse(null);
    }

    private static String nodeOfCode(String code, Map<String, CsvImportRow> byCode, Map<String, OrganizationEntity> existing) {
        if (byCode.containsKey(code) || !existing.containsKey(code)) {
            return "c:" + code;
        }
        return "i:" + existing.get(code).id;
    }

    private static String nodeOf(OrganizationEntity unit, Map<String, CsvImportRow> byCode) {
        if (unit.holdsCode() && unit.officialCode != null && byCode.containsKey(unit.officialCode)) {
            return "c:" + unit.officialCode;
        }
        return "i:" + unit.id;
    }

    private static List<CsvImportRow> parentsFirst(List<CsvImportRow> rows, Map<String, CsvImportRow> byCode) {
        List<CsvImportRow> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (CsvImportRow row : rows) {
            place(row, byCode, placed, ordered);
        }
        return ordered;
    }

    private static void place(CsvImportRow row, Map<String, CsvImportRow> byCode, Set<String> placed,
                              List<CsvImportRow> ordered) {
        if (placed.contains(row.code())) {
            return;
        }
        CsvImportRow parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
        if (parent != null) {
            place(parent, byCode, placed, ordered);
        }
        placed.add(row.code());
        ordered.add(row);
    }

    private OrganizationEntity create(CsvImportRow row, OrganizationEntity parent, boolean demo) {
        OrganizationEntity unit = new OrganizationEntity();
        unit.id = UUID.randomUUID();
        unit.officialCode = row.code();
        copy(row, unit);
        if (unit.validFrom == null && row.partial()) {
            unit.validFrom = OfficialUnitListParser.LIST_EFFECTIVE;
        }
        unit.parentId = parent == null ? null : parent.id;
        unit.treePath = OrganizationService.pathUnder(parent, unit.id);
        unit.level = OrganizationRules.level(unit.type, parent == null ? null : parent.level);
        unit.demo = demo;
        repository.persist(unit);
        return unit;
    }

    /** @return whether anything changed */
    private boolean apply(CsvImportRow row, OrganizationEntity unit, OrganizationEntity parent) {
        boolean changed;
        if (row.partial()) {
            // The official list knows the name, type, parent and maybe the start: the rest of the unit stays.
            changed = !Objects.equals(unit.name, row.name()) || unit.type != row.type()
                    || row.validFrom() != null && !Objects.equals(unit.validFrom, row.validFrom());
            if (changed) {
                unit.name = row.name();
                unit.type = row.type();
                unit.validFrom = row.validFrom() != null ? row.validFrom() : unit.validFrom;
            }
        } else {
            changed = !Objects.equals(unit.name, row.name()) || unit.type != row.type()
                    || !Objects.equals(unit.validFrom, row.validFrom()) || !Objects.equals(unit.shortName, row.shortName())
                    || !Objects.equals(unit.address, row.address()) || !Objects.equals(unit.phone, row.phone())
                    || !Objects.equals(unit.email, row.email()) || !Objects.equals(unit.leadName, row.leadName())
                    || !Objects.equals(unit.leadPosition, row.leadPosition())
                    || !Objects.equals(unit.leadPhone, row.leadPhone())
                    || !Objects.equals(unit.specialistName, row.specialistName())
                    || !Objects.equals(unit.specialistPosition, row.specialistPosition())
                    || !Objects.equals(unit.specialistPhone, row.specialistPhone());
            if (changed) {
                copy(row, unit);
            }
        }
        UUID parentId = parent == null ? null : parent.id;
        if (!Objects.equals(unit.parentId, parentId)) {
            if (parent == null) {
                throw ApiException.invalid(FieldViolation.atLine(row.line(), "parentCode", "Required",
                        "organization.parent-required"));
            }
            service.reparent(unit, parent);
            changed = true;
        }
        return changed;
    }

    private static void copy(CsvImportRow row, OrganizationEntity unit) {
        unit.name = row.name();
        unit.type = row.type();
        unit.validFrom = row.validFrom();
        unit.shortName = row.shortName();
        unit.address = row.address();
        unit.phone = row.phone();
        unit.email = row.email();
        unit.leadName = row.leadName();
        unit.leadPosition = row.leadPosition();
        unit.leadPhone = row.leadPhone();
        unit.specialistName = row.specialistName();
        unit.specialistPosition = row.specialistPosition();
        unit.specialistPhone = row.specialistPhone();
    }
}
