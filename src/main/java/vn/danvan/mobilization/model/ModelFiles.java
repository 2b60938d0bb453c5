package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.files.StoredFile;

import java.io.File;
import java.util.List;
import java.util.UUID;

/**
 * Photos (JPEG, PNG) and documents (PDF, DOCX) of a model, kept by the shared attachments mechanism
 * under two owner types so that each has its own policy. The caller's access to the model is checked
 * here before the platform is asked. Callers hold the transaction.
 */
@ApplicationScoped
public class ModelFiles {

    static final String PHOTOS = "mobilization-model-photo";
    static final String DOCUMENTS = "mobilization-model-document";

    /** Which files of a model: the owner type and the policy of its uploads. */
    enum Kind {
        PHOTO(PHOTOS, AttachmentPolicy.IMAGES, "photos"),
        DOCUMENT(DOCUMENTS, AttachmentPolicy.DOCUMENTS, "documents");

        final String ownerType;
        final AttachmentPolicy policy;
        final String path;

        Kind(String ownerType, AttachmentPolicy policy, String path) {
            this.ownerType = ownerType;
            this.policy = policy;
            this.path = path;
        }
    }

    private final ModelAccess access;
    private final AttachmentService attachments;

    ModelFiles(ModelAccess access, AttachmentService attachments) {
        this.access = access;
        this.attachments = attachments;
    }

    public List<AttachmentEntity> list(Kind kind, UUID modelId) {
        access.get(modelId);
        return attachments.list(kind.ownerType, modelId);
    }

    public AttachmentEntity upload(Kind kind, UUID modelId, String fileName, String contentType, File body) {
        MobilizationModelEntity model = access.get(modelId);
        ModelAction.ATTACHMENT.requireAllowed(model);
        return attachments.upload(kind.ownerType, modelId, kind.policy, fileName, contentType, model.organizationId,
                body);
    }

    public StoredFile open(Kind kind, UUID modelId, UUID attachmentId) {
        access.get(modelId);
        return attachments.open(kind.ownerType, modelId, attachmentId);
    }

    /** Photos of a published model, for the showcase (the caller has checked the publication). */
    public List<AttachmentEntity> publicPhotos(UUID publishedModelId) {
        return attachments.list(PHOTOS, publishedModelId);
    }

    public StoredFile openPublicPhoto(UUID publishedModelId, UUID attachmentId) {
        return attachments.open(PHOTOS, publishedModelId, attachmentId);
    }
}
