package vn.danvan.reception.rules;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.reception.ReceptionMapping;

/** New rows of the legal rules from their requests; a request field left unused fails the build. */
@Mapper(config = ReceptionMapping.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface RuleRequestMapper {

    RuleRequestMapper INSTANCE = Mappers.getMapper(RuleRequestMapper.class);

    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.ERROR, unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "extensionDays", defaultValue = "0")
    @Mapping(target = "maxExtensions", defaultValue = "0")
    DeadlineRuleEntity newDeadlineRule(DeadlineRuleCreate request);

    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.ERROR, unmappedTargetPolicy = ReportingPolicy.IGNORE)
    ReceptionRuleEntity newReceptionRule(ReceptionRuleCreate request);
}
