package vn.danvan.support;

import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

/** Reads one figure out of the statistics sections of an answer (`GET /statistics`, a report's snapshot, …). */
public final class StatisticsFigures {

    private StatisticsFigures() {
    }

    /** The value of {@code section.key} in the list of sections at {@code path}; fails when there is none. */
    public static long figure(Response response, String path, String section, String key) {
        List<Map<String, Object>> sections = response.jsonPath().getList(path);
        for (Map<String, Object> s : sections) {
            if (s.get("key").equals(section)) {
                for (Object f : (List<?>) s.get("figures")) {
                    Map<?, ?> figure = (Map<?, ?>) f;
                    if (figure.get("key").equals(key)) {
                        return ((Number) figure.get("value")).longValue();
                    }
                }
            }
        }
        throw new AssertionError("no figure " + section + "." + key + " in " + sections);
    }
}
