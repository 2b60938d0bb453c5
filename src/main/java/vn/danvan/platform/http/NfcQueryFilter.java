package vn.danvan.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.danvan.platform.text.Nfc;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.StringJoiner;

/**
 * Query parameters in Unicode NFC, as bodies are (StrictJson): a search typed in decomposed Vietnamese finds what was
 * stored composed. Only a query that holds decomposed text is rewritten.
 */
public class NfcQueryFilter {

    @ServerRequestFilter(preMatching = true)
    public void normalise(ContainerRequestContext context) {
        URI uri = context.getUriInfo().getRequestUri();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty() || !raw.contains("%")) {
            return;
        }
        StringJoiner rebuilt = new StringJoiner("&");
        boolean changed = false;
        for (String pair : raw.split("&", -1)) {
            String normalised = normalised(pair);
            changed |= !normalised.equals(pair);
            rebuilt.add(normalised);
        }
        if (changed) {
            String whole = uri.toString();
            context.setRequestUri(URI.create(whole.substring(0, whole.indexOf('?') + 1) + rebuilt));
        }
    }

    /** The pair as it came, or re-encoded from its NFC form when it held decomposed text. */
    private static String normalised(String pair) {
        try {
            if (Normalizer.isNormalized(URLDecoder.decode(pair, StandardCharsets.UTF_8), Normalizer.Form.NFC)) {
                return pair;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String encoded = encode(Nfc.normalize(name));
            if (equals >= 0) {
                encoded += "=" + encode(Nfc.normalize(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
            }
            return encoded;
        } catch (IllegalArgumentException malformed) {
            return pair; // left to the parameter's own parsing
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
