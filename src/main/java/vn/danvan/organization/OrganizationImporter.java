package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.OrganizationImportResult;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Imports administrative units from CSV, idempotent by official code: a unit holding the code is
 * updated (or left as it is), any other row creates a unit. Parents may be rows of the same file or
 * existing units. Every row is checked before anything is written; one bad row imports nothing.
 */
@ApplicationScoped
public class OrganizationImporter {

    private static final int MAX_DEPTH = 64;

    private final OrganizationRepository repository;
    private final OrganizationService service;

    OrganizationImporter(OrganizationRepository repository, OrganizationService service) {
        this.repository = repository;
        this.service = service;
    }

    public OrganizationImportResult importCsv(String csv, boolean demo) {
        OrganizationCsvParser.Parsed parsed = OrganizationCsvParser.parse(csv);
        List<CsvImportRow> rows = parsed.rows();
        Map<String, CsvImportRow> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        Map<String, OrganizationEntity> existing = new HashMap<>();
        Set<String> referenced = new HashSet<>(byCode.keySet());
        rows.stream().map(CsvImportRow::parentCode).filter(Objects::nonNull).forEach(referenced::add);
        repository.findCodeHolders(new ArrayList<>(referenced)).forEach(o -> existing.put(o.officialCode, o));

        List<FieldViolation> violations = new ArrayList<>(parsed.violations());
        for (CsvImportRow row : rows) {
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
        return new OrganizationImportResult().created(created).updated(updated).unchanged(unchanged);
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
        unit.parentId = parent == null ? null : parent.id;
        unit.treePath = OrganizationService.pathUnder(parent, unit.id);
        unit.level = OrganizationRules.level(unit.type, parent == null ? null : parent.level);
        unit.demo = demo;
        repository.persist(unit);
        return unit;
    }

    /** @return whether anything changed */
    private boolean apply(CsvImportRow row, OrganizationEntity unit, OrganizationEntity parent) {
        boolean changed = !Objects.equals(unit.name, row.name()) || unit.type != row.type()
                || !Objects.equals(unit.validFrom, row.validFrom()) || !Objects.equals(unit.shortName, row.shortName())
                || !Objects.equals(unit.address, row.address()) || !Objects.equals(unit.phone, row.phone())
                || !Objects.equals(unit.email, row.email()) || !Objects.equals(unit.leadName, row.leadName())
                || !Objects.equals(unit.leadPosition, row.leadPosition())
                || !Objects.equals(unit.leadPhone, row.leadPhone());
        if (changed) {
            copy(row, unit);
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
    }
}
