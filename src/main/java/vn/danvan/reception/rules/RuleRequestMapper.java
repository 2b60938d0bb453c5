package vn.danvan.reception.rules;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.platform.mapping.FromRequestConfig;

/** New rows of the legal rules from their requests; a request field left unused fails the build. */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface RuleRequestMapper {

    RuleRequestMapper INSTANCE = Mappers.getMapper(RuleRequestMapper.class);

    @Mapping(target = "extensionDays", defaultValue = "0")
    @Mapping(target = "maxExtensions", defaultValue = "0")
    DeadlineRuleEntity newDeadlineRule(DeadlineRuleCreate request);
}
