package vn.danvan.organization;

import vn.danvan.api.model.OrganizationType;

import java.time.LocalDate;

/**
 * One valid row of an organisation import, with its line number. {@code partial} rows come from the official list,
 * which carries only the name, type, parent and (maybe) start date: on an existing unit nothing else is touched.
 */
record CsvImportRow(int line, String code, String name, OrganizationType type, String parentCode, LocalDate validFrom,
                    String shortName, String address, String phone, String email,
                    String leadName, String leadPosition, String leadPhone,
                    String specialistName, String specialistPosition, String specialistPhone, boolean partial) {
}
