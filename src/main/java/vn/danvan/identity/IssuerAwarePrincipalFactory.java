package vn.danvan.identity;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jose4j.jwt.JwtClaims;
import vn.danvan.platform.security.CurrentCaller;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepts this service's own tokens and, when configured, those of the provincial single sign-on:
 * a token is verified with the keys of the issuer it names (ours, or the identity provider's JWKS),
 * and an external token's roles and organisation are mapped from the configured claims. Tokens of
 * any other issuer are refused.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class IssuerAwarePrincipalFactory extends JWTCallerPrincipalFactory {

    // One parser per issuer: a parser caches the key resolver of the first context it sees.
    private final DefaultJWTTokenParser ownParser = new DefaultJWTTokenParser();
    private final DefaultJWTTokenParser externalParser = new DefaultJWTTokenParser();
    private final IdentityConfig.External external;
    private final JWTAuthContextInfo externalContext;
    private final VerifiedTokens verifiedTokens = new VerifiedTokens(10_000);

    IssuerAwarePrincipalFactory(IdentityConfig config) {
        this.external = config.external();
        if (external.issuer().isPresent() && external.jwksLocation().isPresent()) {
            this.externalContext = new JWTAuthContextInfo(external.jwksLocation().get(), external.issuer().get());
        } else {
            this.externalContext = null;
        }
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ownContext) throws ParseException {
        JwtClaims known = verifiedTokens.claimsOf(token);
        if (known != null) {
            return new DefaultJWTCallerPrincipal(token, "JWT", known);
        }
        JwtClaims claims = verify(token, ownContext);
        verifiedTokens.remember(token, claims);
        return new DefaultJWTCallerPrincipal(token, "JWT", claims);
    }

    private JwtClaims verify(String token, JWTAuthContextInfo ownContext) throws ParseException {
        if (externalContext != null && external.issuer().get().equals(unverifiedIssuer(token))) {
            JwtClaims claims = externalParser.parse(token, externalContext).getJwtClaims();
            mapExternalClaims(claims);
            return claims;
        }
        return ownParser.parse(token, ownContext).getJwtClaims();
    }

    /** Roles through the role map (unknown roles dropped); the organisation claim copied to "org". */
    private void mapExternalClaims(JwtClaims claims) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : values(claims.getClaimValue(external.rolesClaim()))) {
            String mapped = external.roleMap().get(role);
            if (mapped != null) {
                roles.add(mapped);
            }
        }
        claims.setStringListClaim("groups", new ArrayList<>(roles));
        Object organization = claims.getClaimValue(external.organizationClaim());
        if (organization != null) {
            claims.setClaim(CurrentCaller.ORGANIZATION_CLAIM, organization.toString());
        } else {
            claims.unsetClaim(CurrentCaller.ORGANIZATION_CLAIM);
        }
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim != null) {
            for (String part : claim.toString().split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }

    /** Reads "iss" before verification only to choose the keys; the chosen verification checks it again. */
    private static String unverifiedIssuer(String token) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length < 2) {
                return null;
            }
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
            Map<String, Object> payload = org.jose4j.json.JsonUtil.parseJson(json);
            Object issuer = payload.get("iss");
            return issuer == null ? null : issuer.toString();
        } catch (IllegalArgumentException | org.jose4j.lang.JoseException e) {
            return null;
        }
    }

}
