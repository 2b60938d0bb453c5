package vn.danvan.organization;

import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.error.FieldViolation;

import java.util.Optional;

/**
 * What the type of a unit implies: its administrative level, the form of its official code
 * (Quyết định 19/2025/QĐ-TTg: province 2 digits, commune 5; historic districts 3) and where it may
 * stand in the tree.
 */
final class OrganizationRules {

    private OrganizationRules() {
    }

    static boolean isRoot(OrganizationType type) {
        return type == OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE;
    }

    /** People's committees fix their level; every other unit sits at its parent's level. */
    static AdministrativeLevel level(OrganizationType type, AdministrativeLevel parentLevel) {
        return switch (type) {
            case PROVINCIAL_PEOPLES_COMMITTEE -> AdministrativeLevel.PROVINCIAL;
            case DISTRICT_PEOPLES_COMMITTEE -> AdministrativeLevel.DISTRICT;
            case COMMUNE_PEOPLES_COMMITTEE, WARD_PEOPLES_COMMITTEE, SPECIAL_ZONE_PEOPLES_COMMITTEE ->
                    AdministrativeLevel.COMMUNE;
            default -> parentLevel == null ? AdministrativeLevel.PROVINCIAL : parentLevel;
        };
    }

    /** The digits an administrative unit's code must have, if its type fixes them. */
    static Optional<Integer> codeDigits(OrganizationType type) {
        return switch (type) {
            case PROVINCIAL_PEOPLES_COMMITTEE -> Optional.of(2);
            case DISTRICT_PEOPLES_COMMITTEE -> Optional.of(3);
            case COMMUNE_PEOPLES_COMMITTEE, WARD_PEOPLES_COMMITTEE, SPECIAL_ZONE_PEOPLES_COMMITTEE -> Optional.of(5);
            default -> Optional.empty();
        };
    }

    static Optional<FieldViolation> checkCode(String field, OrganizationType type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return codeDigits(type)
                .filter(digits -> !code.matches("\\d{" + digits + "}"))
                .map(digits -> FieldViolation.of(field, "CodeFormat", "organization.code-format", type, digits));
    }
}
