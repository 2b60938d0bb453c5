package vn.danvan.reception.casefile;

import vn.danvan.api.model.CasePublicationAction;

/** A case's result was published, corrected or withdrawn, fired in the transaction of the change. */
public record CaseResultPublication(CaseEntity result, CasePublicationAction action) {
}
