package vn.danvan.mobilization.settings;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.AppraisalCriterion;
import vn.danvan.api.model.RegistrationReopening;
import vn.danvan.api.model.RegistrationWindow;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provinces' registration windows and appraisal criteria as the contract shows them. A window carries its
 * reopenings (read once per page, with the units' names, by {@link RegistrationWindowViews}).
 */
@Mapper(config = ToContractConfig.class)
public interface SettingsMapper {

    @Mapping(target = "reopenings",
            expression = "java(reopenings(reopeningsByWindow.getOrDefault(window.id, java.util.List.of()), unitNames))")
    RegistrationWindow toApi(RegistrationWindowEntity window,
                             @Context Map<UUID, List<RegistrationReopeningEntity>> reopeningsByWindow,
                             @Context Map<UUID, String> unitNames);

    @Mapping(target = "organizationName", expression = "java(unitNames.getOrDefault(reopening.organizationId, \"\"))")
    RegistrationReopening toApi(RegistrationReopeningEntity reopening, @Context Map<UUID, String> unitNames);

    List<RegistrationReopening> reopenings(List<RegistrationReopeningEntity> reopenings,
                                           @Context Map<UUID, String> unitNames);

    AppraisalCriterion toApi(AppraisalCriterionEntity criterion);
}
