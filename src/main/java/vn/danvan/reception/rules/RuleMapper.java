package vn.danvan.reception.rules;

import org.mapstruct.Mapper;
import vn.danvan.api.model.DeadlineRule;
import vn.danvan.api.model.ReceptionRule;
import vn.danvan.platform.mapping.ToContractConfig;

/** The legal rules as the contract shows them. */
@Mapper(config = ToContractConfig.class)
public interface RuleMapper {

    DeadlineRule toApi(DeadlineRuleEntity rule);

    ReceptionRule toApi(ReceptionRuleEntity rule);
}
