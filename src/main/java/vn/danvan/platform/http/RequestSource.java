package vn.danvan.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The address and user agent of the current request, for throttling and the audit logs. Behind a
 * load balancer, enable quarkus.http.proxy.proxy-address-forwarding with trusted proxies so that the
 * client's address is seen instead of the balancer's.
 */
@ApplicationScoped
public class RequestSource {

    private final CurrentVertxRequest request;

    public RequestSource(CurrentVertxRequest request) {
        this.request = request;
    }

    public String address() {
        try {
            var current = request.getCurrent();
            if (current == null || current.request().remoteAddress() == null) {
                return null;
            }
            return current.request().remoteAddress().hostAddress();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    public String userAgent() {
        try {
            var current = request.getCurrent();
            String agent = current == null ? null : current.request().getHeader("User-Agent");
            return agent == null ? null : agent.substring(0, Math.min(300, agent.length()));
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
