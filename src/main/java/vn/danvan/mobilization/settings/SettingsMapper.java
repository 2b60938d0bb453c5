package vn.danvan.mobilization.settings;

import org.mapstruct.Mapper;
import vn.danvan.api.model.AppraisalCriterion;
import vn.danvan.api.model.RegistrationWindow;
import vn.danvan.platform.mapping.ToContractConfig;

/** The provinces' registration windows and appraisal criteria as the contract shows them. */
@Mapper(config = ToContractConfig.class)
public interface SettingsMapper {

    RegistrationWindow toApi(RegistrationWindowEntity window);

    AppraisalCriterion toApi(AppraisalCriterionEntity criterion);
}
