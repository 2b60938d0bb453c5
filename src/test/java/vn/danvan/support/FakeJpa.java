package vn.danvan.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hand-made stand-in for JPA in plain unit tests (no Quarkus, no database): an {@link EntityManager} whose
 * queries answer what {@code results} returns for their JPQL, and which records every query (text, parameters,
 * limit), every persisted entity and every flush. Any other call fails, so that a test notices code it did not
 * expect to run.
 */
public final class FakeJpa {

    /** One query that was run. */
    public static final class Query {
        public final String jpql;
        public final Map<String, Object> params = new LinkedHashMap<>();
        public Integer maxResults;

        Query(String jpql) {
            this.jpql = jpql;
        }
    }

    private final Function<String, List<?>> results;
    public final List<Query> queries = new ArrayList<>();
    public final List<Object> persisted = new ArrayList<>();
    public int flushes;

    /** @param results the rows each query returns, given its JPQL */
    public FakeJpa(Function<String, List<?>> results) {
        this.results = results;
    }

    public EntityManager entityManager() {
        return proxy(EntityManager.class, (self, method, args) -> switch (method.getName()) {
            case "createQuery" -> {
                if (args.length != 2 || !(args[0] instanceof String jpql)) {
                    throw unexpected(method);
                }
                Query query = new Query(jpql);
                queries.add(query);
                yield typedQuery(query);
            }
            case "createNativeQuery" -> {
                if (args.length != 2 || !(args[0] instanceof String sql)) {
                    throw unexpected(method);
                }
                Query query = new Query(sql);
                queries.add(query);
                yield typedQuery(query);
            }
            case "persist" -> {
                persisted.add(args[0]);
                yield null;
            }
            case "flush" -> {
                flushes++;
                yield null;
            }
            default -> objectMethod(self, method, args);
        });
    }

    private TypedQuery<?> typedQuery(Query query) {
        return proxy(TypedQuery.class, (self, method, args) -> switch (method.getName()) {
            case "setParameter" -> {
                if (!(args[0] instanceof String name)) {
                    throw unexpected(method);
                }
                query.params.put(name, args[1]);
                yield self;
            }
            case "setMaxResults" -> {
                query.maxResults = (Integer) args[0];
                yield self;
            }
            case "getResultList" -> rows(query);
            case "getResultStream" -> rows(query).stream();
            default -> objectMethod(self, method, args);
        });
    }

    private List<?> rows(Query query) {
        List<?> rows = results.apply(query.jpql);
        if (query.maxResults != null && rows.size() > query.maxResults) {
            return new ArrayList<>(rows.subList(0, query.maxResults));
        }
        return new ArrayList<>(rows);
    }

    private static Object objectMethod(Object self, Method method, Object[] args) {
        return switch (method.getName()) {
            case "toString" -> "FakeJpa";
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            default -> throw unexpected(method);
        };
    }

    private static UnsupportedOperationException unexpected(Method method) {
        return new UnsupportedOperationException("FakeJpa does not expect " + method);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeJpa.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
