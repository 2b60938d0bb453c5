package vn.danvan.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Cursor paging for every list: runs "select alias from Entity alias where FILTERS [and KEYSET]
 * order by SORT" and reads one row more than the page to know whether another page follows.
 * Keyset paging stays fast and stable on large tables, unlike offsets.
 */
public final class KeysetPager {

    private KeysetPager() {
    }

    /**
     * @param from    JPQL from-and-where part with the alias {@code e},
     *                e.g. {@code "from OrganizationEntity e where e.deletedAt is null"}
     * @param filters a canonical text of the filters, bound into the page token
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, String from, Map<String, Object> params,
                                   String filters, SortSpec<T> sort, PageRequest request) {
        String fingerprint = PageTokens.fingerprint(filters, sort);
        Map<String, Object> all = new HashMap<>(params);
        StringBuilder jpql = new StringBuilder(from);
        if (request.pageToken() != null) {
            Object[] last = PageTokens.decode(request.pageToken(), fingerprint, sort);
            jpql.append(from.contains(" where ") ? " and " : " where ")
                    .append(keysetCondition(sort, last, all));
        }
        jpql.append(" order by ").append(sort.orderByClause());
        TypedQuery<T> query = em.createQuery("select e " + jpql, type);
        all.forEach(query::setParameter);
        query.setMaxResults(request.pageSize() + 1);
        List<T> rows = query.getResultList();
        if (rows.size() <= request.pageSize()) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, request.pageSize());
        return new Page<>(List.copyOf(page), PageTokens.encode(fingerprint, sort, page.get(page.size() - 1)));
    }

    /** (k1 > v1) or (k1 = v1 and k2 > v2) or ... with < for descending fields. */
    private static <T> String keysetCondition(SortSpec<T> sort, Object[] last, Map<String, Object> params) {
        for (int i = 0; i < last.length; i++) {
            params.put("ks" + i, last[i]);
        }
        return keysetCondition(sort, i -> ":ks" + i);
    }

    /** The keyset condition with the i-th sort value written as {@code placeholder.apply(i)}. */
    static <T> String keysetCondition(SortSpec<T> sort, java.util.function.IntFunction<String> placeholder) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        List<SortSpec.Order<T>> orders = sort.orders();
        for (int i = 0; i < orders.size(); i++) {
            StringJoiner all = new StringJoiner(" and ", "(", ")");
            for (int j = 0; j < i; j++) {
                all.add(orders.get(j).key().expression() + " = " + placeholder.apply(j));
            }
            SortSpec.Order<T> order = orders.get(i);
            all.add(order.key().expression() + (order.descending() ? " < " : " > ") + placeholder.apply(i));
            any.add(all.toString());
        }
        return any.toString();
    }
}
