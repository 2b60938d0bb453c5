package vn.danvan.mobilization.model;

/** What may be done to a model; {@link ModelTransitions} says by whom, in which status and to which status. */
enum ModelAction {
    EDIT,
    DELETE,
    REGISTRATION,
    APPRAISAL,
    RECOGNITION,
    REJECTION,
    OUTSTANDING_SELECTION,
    COMMENDATION,
    RETURN,
    WITHDRAWAL,
    PUBLICATION,
    PROGRESS_REPORT,
    ATTACHMENT;

    /** Throws the 409 unless the model's status allows this action. */
    void requireAllowed(MobilizationModelEntity model) {
        ModelTransitions.TABLE.require(this, model.status);
    }
}
