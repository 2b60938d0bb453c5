package vn.danvan.reception.export;

import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of the reception book as Mẫu số 03 prints it. {@code clear} says whether the caller may see its personal
 * data; the writer masks it otherwise.
 */
public record BookEntry(LocalDate receivedOn, List<Citizen> citizens, String content, ReceptionKind kind,
                        int peopleCount, String previouslyHandledBy, ReceptionHandling handling, String transferTarget,
                        String followUp, boolean mass, boolean levelSkipping, boolean repeated, boolean prolonged,
                        String notes, boolean clear) {

    /** A citizen of the record, the ID number decrypted (or null). */
    public record Citizen(String fullName, String address, String idNumber, boolean representative) {
    }
}
