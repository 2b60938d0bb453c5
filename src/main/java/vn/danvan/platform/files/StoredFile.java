package vn.danvan.platform.files;

import java.io.InputStream;

/** An attachment's description and an open stream of its bytes, for a download. */
public record StoredFile(AttachmentEntity attachment, InputStream content) {
}
