package vn.danvan.platform.error;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Finds the HTTP name of a resource method's parameter (query, header, path) from its JAX-RS
 * annotation, which the generated interface carries; {@code null} means the parameter is the body.
 */
final class ParameterNames {

    private ParameterNames() {
    }

    static String httpName(Method method, int index) {
        if (method == null) {
            return null;
        }
        for (Method candidate : withInterfaces(method)) {
            Annotation[][] annotations = candidate.getParameterAnnotations();
            if (index >= annotations.length) {
                continue;
            }
            for (Annotation a : annotations[index]) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof FormParam f) {
                    return f.value();
                }
            }
        }
        return null;
    }

    private static Method[] withInterfaces(Method method) {
        Method[] found = new Method[]{method};
        for (Class<?> iface : method.getDeclaringClass().getInterfaces()) {
            try {
                Method m = iface.getMethod(method.getName(), method.getParameterTypes());
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = m;
            } catch (NoSuchMethodException ignored) {
                // not declared there
            }
        }
        return found;
    }
}
