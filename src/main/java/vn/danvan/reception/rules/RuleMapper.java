package vn.danvan.reception.rules;

import org.mapstruct.Mapper;
import vn.danvan.api.model.DeadlineRule;
import vn.danvan.api.model.ReceptionRule;
import vn.danvan.reception.ReceptionMapping;

/** The legal rules as the contract shows them. */
@Mapper(config = ReceptionMapping.class)
public interface RuleMapper {

    DeadlineRule toApi(DeadlineRuleEntity rule);

    ReceptionRule toApi(ReceptionRuleEntity rule);
}
