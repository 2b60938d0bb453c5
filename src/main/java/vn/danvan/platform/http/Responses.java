package vn.danvan.platform.http;

import jakarta.ws.rs.core.Response;
import vn.danvan.platform.etag.EntityTags;

import java.net.URI;

/**
 * The shapes of the API's successful answers, the same for every resource: a single resource with its ETag (its
 * version), a created one with its Location (and ETag when it has a version), nothing.
 */
public final class Responses {

    private Responses() {
    }

    /** 200 with the resource and its ETag; a request whose If-None-Match names it gets 304 (ConditionalGet). */
    public static Response single(Object body, long version) {
        return Response.ok(body).tag(EntityTags.header(version)).build();
    }

    /** 201 with the created resource, its Location and its ETag. */
    public static Response created(URI location, Object body, long version) {
        return Response.created(location).tag(EntityTags.header(version)).entity(body).build();
    }

    /** 201 with the created resource and its Location, for resources without a version. */
    public static Response created(URI location, Object body) {
        return Response.created(location).entity(body).build();
    }

    /** 204. */
    public static Response noContent() {
        return Response.noContent().build();
    }
}
