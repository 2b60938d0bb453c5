package vn.danvan.evaluation.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Competition ranking with a deterministic order among equal scores. */
class RankingTest {

    @Test
    void equalScoresShareAPositionTheNextSkipsAndNamesOrderThemInVietnamese() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID b = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID c = UUID.fromString("00000000-0000-0000-0000-000000000003");
        UUID d = UUID.fromString("00000000-0000-0000-0000-000000000004");
        UUID e = UUID.fromString("00000000-0000-0000-0000-000000000005");
        List<Ranking.Placed> placed = Ranking.place(List.of(
                new Ranking.Candidate(a, "UBND xã Đông Sơn", new BigDecimal("85.00")),
                new Ranking.Candidate(b, "UBND xã Bình Sơn", new BigDecimal("85")),
                new Ranking.Candidate(c, "UBND xã An Phú", new BigDecimal("99.5")),
                new Ranking.Candidate(d, "UBND xã Bình Sơn", new BigDecimal("85")),
                new Ranking.Candidate(e, "UBND xã Ân Hảo", new BigDecimal("40"))));
        assertEquals(List.of(c, b, d, a, e), placed.stream().map(p -> p.candidate().evaluationId()).toList());
        assertEquals(List.of(1, 2, 2, 2, 5), placed.stream().map(Ranking.Placed::position).toList());
    }
}
