package vn.danvan.organization;

import vn.danvan.api.model.OrganizationType;

import java.time.LocalDate;

/** One valid row of an organisation CSV file, with its line number. */
record CsvImportRow(int line, String code, String name, OrganizationType type, String parentCode, LocalDate validFrom,
                    String shortName, String address, String phone, String email,
                    String leadName, String leadPosition, String leadPhone) {
}
