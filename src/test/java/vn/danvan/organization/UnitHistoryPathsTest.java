package vn.danvan.organization;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a unit stood before later moves: each move undone, the newest first. */
class UnitHistoryPathsTest {

    @Test
    void movesAreUndoneNewestFirst() {
        // /p/w/o moved to /p/x/o, then its parent /p/x moved under /q (so /q/x/o).
        List<String[]> newestFirst = List.of(new String[] {"/p/x", "/q/x"}, new String[] {"/p/w/o", "/p/x/o"});
        assertEquals("/p/w/o", UnitHistoryQueries.pathThen("/q/x/o", newestFirst));
        assertEquals("/p/w/o/d", UnitHistoryQueries.pathThen("/q/x/o/d", newestFirst));
        assertEquals("/p/x", UnitHistoryQueries.pathThen("/q/x", newestFirst));
        // A unit no move touched stands where it is.
        assertEquals("/p/z", UnitHistoryQueries.pathThen("/p/z", newestFirst));
    }
}
