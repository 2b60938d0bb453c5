package vn.danvan.platform.files;

import java.util.EnumSet;
import java.util.Set;

/** Which file types a kind of record accepts. */
public enum AttachmentPolicy {
    /** Official documents: PDF and Word. */
    DOCUMENTS(EnumSet.of(FileType.PDF, FileType.DOCX)),
    /** Photos. */
    IMAGES(EnumSet.of(FileType.JPEG, FileType.PNG)),
    /** Reports with evidence: documents and photos. */
    DOCUMENTS_AND_IMAGES(EnumSet.allOf(FileType.class));

    private final Set<FileType> allowed;

    AttachmentPolicy(Set<FileType> allowed) {
        this.allowed = allowed;
    }

    public Set<FileType> allowed() {
        return allowed;
    }
}
