package vn.danvan.webhook.delivery;

import java.util.List;
import java.util.UUID;

/** What one attempt sends, read before the HTTP call so that no transaction stays open during it. */
record Parcel(UUID deliveryId, String url, List<byte[]> keys, byte[] body) {
}
