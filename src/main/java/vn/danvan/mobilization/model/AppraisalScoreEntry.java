package vn.danvan.mobilization.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * One score of an appraisal, with a copy of the criterion's code, name and scale at appraisal time so
 * that a later change of the criteria does not rewrite past appraisals.
 */
@Embeddable
public class AppraisalScoreEntry {

    @Column(name = "criterion_id", nullable = false)
    public UUID criterionId;

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @Column(name = "criterion_name", nullable = false)
    public String criterionName;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "min_score", nullable = false)
    public int minScore;

    @Column(name = "max_score", nullable = false)
    public int maxScore;

    @Column(name = "comment")
    public String comment;
}
