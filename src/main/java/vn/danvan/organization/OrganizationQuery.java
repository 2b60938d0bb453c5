package vn.danvan.organization;

import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationType;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of an organisation list; {@code asOf} wins over {@code active}. */
public record OrganizationQuery(String q, OrganizationType type, AdministrativeLevel level, UUID parentId,
                                Boolean active, LocalDate asOf) {
}
