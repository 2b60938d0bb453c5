package vn.danvan.reception.rules;

import org.mapstruct.Mapper;
import vn.danvan.api.model.DeadlineRule;
import vn.danvan.api.model.LegalRule;
import vn.danvan.api.model.LegalRuleCode;
import vn.danvan.api.model.ReceptionRule;
import vn.danvan.api.model.ReceptionRuleCode;
import vn.danvan.platform.mapping.ToContractConfig;

/** The legal rules as the contract shows them. */
@Mapper(config = ToContractConfig.class)
public interface RuleMapper {

    DeadlineRule toApi(DeadlineRuleEntity rule);

    /** The deprecated reception-rule answer: only its two codes reach it (LegalRules.receptionRules). */
    ReceptionRule toApi(ReceptionRuleEntity rule);

    LegalRule toLegalRule(ReceptionRuleEntity rule);

    default ReceptionRuleCode receptionRuleCode(LegalRuleCode code) {
        return ReceptionRuleCode.fromValue(code.toString());
    }

    default String code(LegalRuleCode code) {
        return code.toString();
    }
}
