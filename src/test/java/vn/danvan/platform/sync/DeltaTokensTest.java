package vn.danvan.platform.sync;

import org.junit.jupiter.api.Test;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sync tokens are opaque, signed, and belong to one collection, one account and one kind (page or delta). */
class DeltaTokensTest {

    private final DeltaTokens tokens = new DeltaTokens(new PersonalDataCipher(new byte[32]));
    private final DeltaToken delta = new DeltaToken("receptions", "user-1", "/a/b", 42, DeltaToken.Phase.CHANGES, null,
            false, 1_800_000_000L, true);

    @Test
    void aTokenComesBackAsIssued() {
        assertEquals(delta, tokens.decode(tokens.encode(delta), "deltaToken", "receptions", "user-1"));
    }

    @Test
    void anotherCollectionAccountOrKindIsRefused() {
        String text = tokens.encode(delta);
        assertThrows(ApiException.class, () -> tokens.decode(text, "deltaToken", "cases", "user-1"));
        assertThrows(ApiException.class, () -> tokens.decode(text, "deltaToken", "receptions", "user-2"));
        assertThrows(ApiException.class, () -> tokens.decode(text, "pageToken", "receptions", "user-1"));
    }

    @Test
    void aTokenWithAWiderScopeWrittenInIsRefused() {
        String text = tokens.encode(delta);
        String body = new String(Base64.getUrlDecoder().decode(text.substring(0, text.indexOf('.'))));
        String widened = Base64.getUrlEncoder().withoutPadding().encodeToString(body.replace("/a/b", "*").getBytes())
                + text.substring(text.indexOf('.'));
        assertThrows(ApiException.class, () -> tokens.decode(widened, "deltaToken", "receptions", "user-1"));
        // Signed with another deployment's key: refused too.
        String foreign = new DeltaTokens(new PersonalDataCipher(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32})).encode(delta);
        assertThrows(ApiException.class, () -> tokens.decode(foreign, "deltaToken", "receptions", "user-1"));
    }

    @Test
    void junkIsRefused() {
        for (String junk : new String[] {"", ".", "abc", "abc.def", "!!!.???", "eyJ9.AAAA"}) {
            assertThrows(ApiException.class, () -> tokens.decode(junk, "deltaToken", "receptions", "user-1"), junk);
        }
    }
}
