package vn.danvan.platform.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Delta and page tokens as opaque, signed text. The signature (a keyed HMAC) matters: a token names the scope its
 * round started with, and the records that left that scope are answered by ID, so a token forged with a wider scope
 * would list IDs the caller never reached.
 */
@ApplicationScoped
class DeltaTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABEL = "delta-token";
    private static final int SIGNATURE_BYTES = 16;

    private final PersonalDataCipher keys;

    DeltaTokens(PersonalDataCipher keys) {
        this.keys = keys;
    }

    String encode(DeltaToken token) {
        try {
            byte[] body = JSON.writeValueAsBytes(token);
            return base64(body) + "." + base64(signature(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token, if it is one this service signed for this collection and caller; otherwise a 400 on the parameter. */
    DeltaToken decode(String text, String parameter, String collection, String caller) {
        try {
            int dot = text.indexOf('.');
            if (dot < 0) {
                throw invalid(parameter);
            }
            byte[] body = Base64.getUrlDecoder().decode(text.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
            if (!PersonalDataCipher.constantTimeEquals(signature, signature(body))) {
                throw invalid(parameter);
            }
            DeltaToken token = JSON.readValue(body, DeltaToken.class);
            if (!collection.equals(token.collection()) || !caller.equals(token.caller())
                    || token.delta() != "deltaToken".equals(parameter)) {
                throw invalid(parameter);
            }
            return token;
        } catch (IllegalArgumentException | IOException e) {
            throw invalid(parameter);
        }
    }

    private byte[] signature(byte[] body) {
        return Arrays.copyOf(keys.keyedDigest(LABEL, body), SIGNATURE_BYTES);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ApiException invalid(String parameter) {
        return ApiException.invalid(FieldViolation.of(parameter, "InvalidToken", "sync.invalid-token"));
    }
}
