package vn.danvan.platform.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.danvan.platform.text.Nfc;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON is read exactly as the contract writes it; anything else is a 400 naming the field, never bent into a value:
 * duplicate keys, numbers in quotes ("40"), fractions for integers (40.5), numbers or booleans for text, a date-time in
 * a date field, years before 1 or after 9999, {@code null} inside an array or an object's values. A {@code null}
 * where an optional list is expected reads as the empty list, as if it had been left out (clients generated for
 * Kotlin or Dart send nulls for unset fields). Every text is normalised to Unicode NFC, so that decomposed Vietnamese
 * (as some keyboards and macOS produce) is stored and searched like the composed form.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that these readers win over those of the modules Quarkus registers (java.time's among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        for (Class<?> container : List.of(List.class, Set.class, Map.class)) {
            mapper.configOverride(container).setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        }
        SimpleModule strict = new SimpleModule("danvan-strict-json");
        strict.addDeserializer(String.class, new NfcStrings());
        strict.addDeserializer(LocalDate.class, new StrictDates.LocalDates());
        strict.addDeserializer(OffsetDateTime.class, new StrictDates.OffsetDateTimes());
        mapper.registerModule(strict);
    }

    /** Text normalised to NFC as it is read. */
    static final class NfcStrings extends StdScalarDeserializer<String> {

        NfcStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                // Numbers, booleans and the like go through the standard reader, which applies the coercion rules.
                return Nfc.normalize(StringDeserializer.instance.deserialize(parser, context));
            }
            return Nfc.normalize(parser.getText());
        }
    }
}
