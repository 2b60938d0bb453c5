package vn.danvan.mobilization.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A measurable indicator of a model (chỉ tiêu): name, unit, target and the value achieved so far. */
@Embeddable
public class Indicator {

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "unit")
    public String unit;

    @Column(name = "target")
    public Double target;

    @Column(name = "achieved")
    public Double achieved;
}
