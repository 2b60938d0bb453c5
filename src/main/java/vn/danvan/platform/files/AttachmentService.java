package vn.danvan.platform.files;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Synchronization;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Attachments of any feature's records. The feature checks that the caller may reach the owning
 * record, then calls this service inside its transaction; the file is checked (size, declared type,
 * actual content), stored, and described by a row. Should the transaction roll back, the stored file
 * is removed again.
 */
@ApplicationScoped
public class AttachmentService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AttachmentService.class);

    private final EntityManager em;
    private final FileStore store;
    private final DanvanConfig config;
    private final CurrentCaller caller;
    private final AppClock clock;
    private final TransactionSynchronizationRegistry transactions;

    AttachmentService(EntityManager em, FileStore store, DanvanConfig config, CurrentCaller caller, AppClock clock,
                      TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.store = store;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Stores a body that the HTTP layer has already written to a temporary file. */
    public AttachmentEntity upload(String ownerType, UUID ownerId, AttachmentPolicy policy, String fileName,
                                   String contentType, UUID uploaderOrganizationId, File body) {
        if (body == null) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "attachment.empty");
        }
        return store(ownerType, ownerId, policy, fileName, contentType, uploaderOrganizationId, body.toPath());
    }

    /** Stores a body given as a stream (read up to the size limit). */
    public AttachmentEntity upload(String ownerType, UUID ownerId, AttachmentPolicy policy, String fileName,
                                   String contentType, UUID uploaderOrganizationId, InputStream body) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("danvan-upload-", ".bin");
            try (InputStream limited = body) {
                long max = config.files().maxUploadBytes();
                long copied = Files.copy(new java.io.BufferedInputStream(limitedStream(limited, max + 1)), spooled,
                        StandardCopyOption.REPLACE_EXISTING);
                if (copied > max) {
                    throw tooLarge();
                }
            }
            return store(ownerType, ownerId, policy, fileName, contentType, uploaderOrganizationId, spooled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spooled != null) {
                spooled.toFile().delete();
            }
        }
    }

    public List<AttachmentEntity> list(String ownerType, UUID ownerId) {
        return em.createQuery("from AttachmentEntity a where a.ownerType = :type"
                        + " and a.ownerId = :owner and a.deletedAt is null order by a.createdAt, a.id", AttachmentEntity.class)
                .setParameter("type", ownerType).setParameter("owner", ownerId).getResultList();
    }

    /** The attachment of this owner, or 404. */
    public AttachmentEntity get(String ownerType, UUID ownerId, UUID attachmentId) {
        AttachmentEntity attachment = em.find(AttachmentEntity.class, attachmentId);
        if (attachment == null || attachment.isDeleted() || !attachment.ownerType.equals(ownerType)
                || !attachment.ownerId.equals(ownerId)) {
            throw ApiException.notFound("entity.attachment", attachmentId);
        }
        return attachment;
    }

    public StoredFile open(String ownerType, UUID ownerId, UUID attachmentId) {
        AttachmentEntity attachment = get(ownerType, ownerId, attachmentId);
        try {
            return new StoredFile(attachment, store.open(attachment.storageKey));
        } catch (java.nio.file.NoSuchFileException e) {
            // The row exists but the bytes do not (an instance whose local folder is not the shared one, a bucket
            // restored from an older backup): the client cannot get the file, and an operator must know.
            LOG.warnf("Attachment %s (%s) has no bytes in the %s", attachmentId, attachment.storageKey, store.describe());
            throw new ApiException(ProblemType.NOT_FOUND, "attachment.content-missing", attachment.fileName);
        } catch (IOException e) {
            throw storeUnavailable(e);
        }
    }

    private ApiException storeUnavailable(IOException e) {
        LOG.errorf(e, "The file store failed: %s", e.getMessage());
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "attachment.store-unavailable");
    }

    /** Leaves a tombstone; the bytes stay for the records (reports) that cite the file. */
    public void delete(String ownerType, UUID ownerId, UUID attachmentId) {
        get(ownerType, ownerId, attachmentId).deletedAt = clock.now();
    }

    /**
     * Checks that every ID names a live attachment of this owner: a report may only cite files
     * attached to its own record. @return the IDs in the given order.
     */
    public List<UUID> requireOwned(String ownerType, UUID ownerId, Collection<UUID> attachmentIds, String field) {
        if (attachmentIds == null || attachmentIds.isEmpty()) {
            return List.of();
        }
        var owned = list(ownerType, ownerId).stream().map(a -> a.id).collect(Collectors.toSet());
        var missing = attachmentIds.stream().filter(id -> !owned.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.invalid(vn.danvan.platform.error.FieldViolation.of(field, "UnknownAttachment",
                    "attachment.not-attached", missing.get(0)));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(attachmentIds)); // a repeated ID counts once
    }

    private AttachmentEntity store(String ownerType, UUID ownerId, AttachmentPolicy policy, String fileName,
                                   String contentType, UUID uploaderOrganizationId, Path file) {
        try {
            long size = Files.size(file);
            if (size > config.files().maxUploadBytes()) {
                throw tooLarge();
            }
            if (size == 0) {
                throw new ApiException(ProblemType.VALIDATION_FAILED, "attachment.empty");
            }
            FileType type;
            if (FileType.isGeneric(contentType)) {
                // application/octet-stream (what generated clients send): the content says what the file is.
                FileType found = FileType.recognise(file).orElseThrow(() -> new ApiException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.type-not-recognised", allowedList(policy)));
                if (!policy.allowed().contains(found)) {
                    throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.type-not-allowed",
                            found.mediaType(), allowedList(policy));
                }
                type = found;
            } else {
                type = FileType.fromMediaType(contentType)
                        .filter(policy.allowed()::contains)
                        .orElseThrow(() -> new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                                "attachment.type-not-allowed", contentType, allowedList(policy)));
            }
            if (!type.matches(file)) {
                throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.content-mismatch", type.mediaType());
            }
            AttachmentEntity attachment = new AttachmentEntity();
            attachment.id = UUID.randomUUID();
            attachment.ownerType = ownerType;
            attachment.ownerId = ownerId;
            attachment.fileName = cleanName(fileName, type);
            attachment.contentType = type.mediaType();
            attachment.sizeBytes = size;
            attachment.sha256 = sha256(file);
            ZonedDateTime now = clock.now().atZone(ZoneOffset.UTC);
            attachment.storageKey = String.format("%s/%04d/%02d/%s", ownerType.toLowerCase(Locale.ROOT), now.getYear(),
                    now.getMonthValue(), attachment.id);
            attachment.uploadedBy = caller.name();
            attachment.uploaderOrganizationId = uploaderOrganizationId;
            try {
                store.put(attachment.storageKey, file);
            } catch (IOException e) {
                throw storeUnavailable(e); // nothing stored, and the caller's transaction rolls back
            }
            removeOnRollback(attachment.storageKey);
            em.persist(attachment);
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeOnRollback(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException ignored) {
                        // an orphaned file costs space only; no row points at it
                    }
                }
            }
        });
    }

    private ApiException tooLarge() {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", config.files().maxUploadBytes());
    }

    private static String allowedList(AttachmentPolicy policy) {
        return policy.allowed().stream().map(FileType::mediaType).collect(Collectors.joining(", "));
    }

    /** Control characters out; a name is always given (the contract requires it), trimmed to 255. */
    private static String cleanName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "tep" + type.extension();
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream limitedStream(InputStream in, long limit) {
        return new java.io.FilterInputStream(in) {
            private long left = limit;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }
}
