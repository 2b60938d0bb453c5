package vn.danvan.mobilization.model;

/** A model was put on the public showcase or taken off it, fired in the transaction of the change. */
public record ModelPublication(MobilizationModelEntity model, boolean published) {
}
