package vn.danvan.platform.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Several windows at once: the same dates for groups of units, each group the units counted for one organisation
 * (its subtree with the units merged into it, as {@link StatisticsWindow#unitIds()}). Open data's communes, a
 * breakdown's units below, a consolidation's units asked: a section answers every group with one query per figure
 * query instead of one per group. Groups may overlap (a unit asked inside another unit asked).
 */
public record GroupedWindow(Map<UUID, List<UUID>> unitsByGroup, LocalDate from, LocalDate to, LocalDate asOf) {

    public GroupedWindow {
        Map<UUID, List<UUID>> copy = new LinkedHashMap<>();
        unitsByGroup.forEach((group, units) -> copy.put(group, List.copyOf(units)));
        unitsByGroup = java.util.Collections.unmodifiableMap(copy);
    }

    /** The window of one group, as a section computes it alone. */
    public StatisticsWindow of(UUID group) {
        return new StatisticsWindow(unitsByGroup.get(group), from, to, asOf);
    }

    /** Every unit of every group, once. */
    public List<UUID> allUnits() {
        LinkedHashSet<UUID> units = new LinkedHashSet<>();
        unitsByGroup.values().forEach(units::addAll);
        return List.copyOf(units);
    }

    /** For each unit, the groups it is counted in. */
    public Map<UUID, List<UUID>> groupsByUnit() {
        Map<UUID, List<UUID>> groups = new LinkedHashMap<>();
        unitsByGroup.forEach((group, units) -> units.forEach(unit ->
                groups.computeIfAbsent(unit, u -> new ArrayList<>()).add(group)));
        return groups;
    }
}
