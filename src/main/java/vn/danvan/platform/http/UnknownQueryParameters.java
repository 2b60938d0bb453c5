package vn.danvan.platform.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the operation does not declare is refused (400) instead of silently ignored: a client that sends
 * {@code updatedSince} or misspells {@code pageSize} learns it at once rather than reading a whole, unfiltered list.
 * The declared names are those of the generated interface the resource implements, i.e. the contract's.
 */
public class UnknownQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || context.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, UnknownQueryParameters::declaredBy);
        List<FieldViolation> unknown = context.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !declared.contains(name)).sorted()
                .map(name -> FieldViolation.of(name, "UnknownParameter", "param.unknown",
                        declared.isEmpty() ? "—" : String.join(", ", declared)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
    }

    /** The method's own {@code @QueryParam}s and those of the interface method it implements. */
    private static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>(queryParams(method));
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                names.addAll(queryParams(type.getMethod(method.getName(), method.getParameterTypes())));
            } catch (NoSuchMethodException notThisInterface) {
                // the method implements another interface
            }
        }
        return names;
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
