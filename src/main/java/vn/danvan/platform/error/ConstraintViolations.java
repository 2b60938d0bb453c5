package vn.danvan.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns Bean Validation violations into the API's field errors (or a 428 for a missing If-Match). */
final class ConstraintViolations {

    static final String IF_MATCH = "If-Match";

    private ConstraintViolations() {
    }

    static ApiException toApiException(Set<? extends ConstraintViolation<?>> violations, Method resourceMethod) {
        List<FieldViolation> fields = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            String field = fieldName(v.getPropertyPath(), resourceMethod);
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            if (IF_MATCH.equals(field) && "NotNull".equals(code)) {
                return new ApiException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
            }
            fields.add(FieldViolation.of(field, code, "constraint." + code, arguments(code, v)));
        }
        fields.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code));
        return ApiException.invalid(fields);
    }

    private static Object[] arguments(String code, ConstraintViolation<?> v) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (code) {
            case "Size" -> new Object[]{attributes.get("min"), attributes.get("max")};
            case "Min", "Max", "DecimalMin", "DecimalMax" -> new Object[]{attributes.get("value")};
            case "Pattern" -> new Object[]{attributes.get("regexp")};
            default -> new Object[0];
        };
    }

    private static String fieldName(Path path, Method resourceMethod) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String http = ParameterNames.httpName(resourceMethod, index);
                parameter = http != null ? http : "body";
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null) {
                property.append('[').append(node.getIndex()).append(']');
            }
            if (!property.isEmpty()) {
                property.append('.');
            }
            property.append(node.getName());
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
