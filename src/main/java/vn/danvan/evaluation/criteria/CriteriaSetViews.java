package vn.danvan.evaluation.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.EvaluationCriteriaSet;
import vn.danvan.platform.mapping.TimeMappings;

/** A criteria set as the contract shows it: its content, whether it is the current version and whether it is in use. */
@ApplicationScoped
public class CriteriaSetViews {

    private final CriteriaSets sets;

    CriteriaSetViews(CriteriaSets sets) {
        this.sets = sets;
    }

    public EvaluationCriteriaSet of(CriteriaSetEntity set) {
        CriteriaTree tree = sets.tree(set);
        return new EvaluationCriteriaSet().id(set.id).provinceId(set.provinceId).year(set.year)
                .setVersion(set.setVersion).current(sets.isCurrent(set)).inUse(sets.inUse(set.id))
                .title(set.title).legalBasis(set.legalBasis).maxTotal(tree.maxTotal())
                .criteria(tree.criteria()).rankThresholds(tree.thresholds())
                .createdAt(TimeMappings.toOffsetDateTime(set.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(set.updatedAt)).version(set.version);
    }
}
