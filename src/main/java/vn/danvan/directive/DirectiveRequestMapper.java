package vn.danvan.directive;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.DirectiveCreate;
import vn.danvan.api.model.DirectiveRevocation;
import vn.danvan.api.model.DirectiveSupersession;
import vn.danvan.api.model.DirectiveUpdate;
import vn.danvan.platform.mapping.FromRequestConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Requests on directives into their editable fields and the entity; DirectiveService checks them in between. */
@Mapper(config = FromRequestConfig.class)
interface DirectiveRequestMapper {

    /** The same normalisation for a new directive and a changed one: texts stripped, absent lists empty. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Mapping(target = "numberSymbol", qualifiedByName = "strip")
    @Mapping(target = "subject", qualifiedByName = "strip")
    @Mapping(target = "externalIssuer", qualifiedByName = "stripToNull")
    @Mapping(target = "signerName", qualifiedByName = "stripToNull")
    @Mapping(target = "signerPosition", qualifiedByName = "stripToNull")
    @Mapping(target = "summary", qualifiedByName = "stripToNull")
    @Mapping(target = "recipientOrganizationIds", qualifiedByName = "distinctListOrEmpty")
    @Mapping(target = "legalBasisIds", qualifiedByName = "listOrEmpty")
    @interface Normalised {
    }

    // The ID is checked for reuse by DirectiveService.create before the directive is made.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = "id")
    @Normalised
    DirectiveFields fields(DirectiveCreate request);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR)
    @Normalised
    DirectiveFields fields(DirectiveUpdate request);

    @Mapping(target = "issueYear", source = "issueDate.year")
    void apply(DirectiveFields fields, @MappingTarget DirectiveEntity directive);

    // The replacement was checked by DirectiveService.
    @Mapping(target = "statusNote", source = "note")
    void supersede(DirectiveSupersession request, @MappingTarget DirectiveEntity directive);

    @Mapping(target = "statusNote", source = "reason", qualifiedByName = "strip")
    void revoke(DirectiveRevocation request, @MappingTarget DirectiveEntity directive);
}
