package vn.danvan.reception.casefile;

/** A case was decided, fired in the transaction of the decision. */
public record CaseDecided(CaseEntity decided) {
}
