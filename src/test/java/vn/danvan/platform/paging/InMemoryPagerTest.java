package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Paging of a result computed in memory, with the same tokens as the database lists. */
class InMemoryPagerTest {

    record Line(String unit, int count) {
    }

    // Ordered by count descending, then unit (unique).
    private static final Comparator<Line> ORDER = Comparator.comparingInt(Line::count).reversed()
            .thenComparing(Line::unit);
    private static final InMemoryPager<Line> PAGER = new InMemoryPager<>(ORDER,
            l -> List.of(l.unit(), String.valueOf(l.count())),
            key -> new Line(key.get(0), Integer.parseInt(key.get(1))));

    private static List<Line> sorted(Line... lines) {
        List<Line> list = new ArrayList<>(List.of(lines));
        list.sort(ORDER);
        return list;
    }

    @Test
    void pagesFollowEachOtherUntilTheLastWhichHasNoToken() {
        List<Line> rows = sorted(new Line("Xã An Phú", 5), new Line("Phường Bến Nghé", 9), new Line("Xã Đông Hà", 5),
                new Line("Đặc khu Côn Đảo", 1), new Line("Phường Ba Đình", 9));

        Page<Line> first = PAGER.page(rows, "summary|2026", 2, new PageRequest(2, null));
        Page<Line> second = PAGER.page(rows, "summary|2026", 2, new PageRequest(2, first.nextPageToken()));
        Page<Line> third = PAGER.page(rows, "summary|2026", 2, new PageRequest(2, second.nextPageToken()));

        assertEquals(List.of(new Line("Phường Ba Đình", 9), new Line("Phường Bến Nghé", 9)), first.items());
        assertEquals(List.of(new Line("Xã An Phú", 5), new Line("Xã Đông Hà", 5)), second.items());
        assertEquals(List.of(new Line("Đặc khu Côn Đảo", 1)), third.items());
        assertNull(third.nextPageToken());
    }

    @Test
    void rowsAppearingOrDisappearingBeforeTheLastRowSentShiftNothing() {
        List<Line> rows = sorted(new Line("A", 3), new Line("B", 2), new Line("C", 1), new Line("D", 0));
        String token = PAGER.page(rows, "q", 2, new PageRequest(2, null)).nextPageToken();

        // Between the two requests "A" disappears, "AA" (before B) and "BB" (after B) appear: B was the last row sent.
        List<Line> changed = sorted(new Line("AA", 2), new Line("B", 2), new Line("BB", 2), new Line("C", 1),
                new Line("D", 0));
        assertEquals(List.of(new Line("BB", 2), new Line("C", 1)),
                PAGER.page(changed, "q", 2, new PageRequest(2, token)).items());
        // The last row sent has disappeared itself: the next page starts where it would have been.
        List<Line> withoutB = sorted(new Line("A", 3), new Line("C", 1), new Line("D", 0));
        assertEquals(List.of(new Line("C", 1), new Line("D", 0)),
                PAGER.page(withoutB, "q", 2, new PageRequest(2, token)).items());
    }

    @Test
    void aTokenOfAnotherQueryOrWithValuesTheProbeCannotReadIsRefused() {
        List<Line> rows = sorted(new Line("A", 3), new Line("B", 2), new Line("C", 1));
        String token = PAGER.page(rows, "q=2026", 2, new PageRequest(1, null)).nextPageToken();

        PageTokensTest.assertInvalid(() -> PAGER.page(rows, "q=2025", 2, new PageRequest(1, token)));
        String notANumber = PageTokens.encodeValues(PageTokens.fingerprint("q=2026"), List.of("A", "ba"));
        PageTokensTest.assertInvalid(() -> PAGER.page(rows, "q=2026", 2, new PageRequest(1, notANumber)));
    }

    @Test
    void anEmptyResultIsOneEmptyPage() {
        Page<Line> page = PAGER.page(List.of(), "q", 2, new PageRequest(20, null));
        assertEquals(List.of(), page.items());
        assertNull(page.nextPageToken());
    }
}
