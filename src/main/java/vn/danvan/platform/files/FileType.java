package vn.danvan.platform.files;

import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The file types that may be attached, each recognised by its content, not only by the declared
 * Content-Type: a renamed executable is not a PDF. A file sent as {@code application/octet-stream} is recognised by its
 * content alone.
 */
public enum FileType {
    PDF("application/pdf", ".pdf") {
        @Override
        boolean matches(Path file) throws IOException {
            return startsWith(file, "%PDF-".getBytes());
        }
    },
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx") {
        @Override
        boolean matches(Path file) throws IOException {
            if (!startsWith(file, new byte[]{'P', 'K', 3, 4})) {
                return false;
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
            } catch (IOException notAZip) {
                return false;
            }
        }
    },
    JPEG("image/jpeg", ".jpg") {
        @Override
        boolean matches(Path file) throws IOException {
            return startsWith(file, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        }
    },
    PNG("image/png", ".png") {
        @Override
        boolean matches(Path file) throws IOException {
            return startsWith(file, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        }
    };

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the file's bytes are of this type. */
    abstract boolean matches(Path file) throws IOException;

    /** The type whose signature the file's bytes carry, if any of them. */
    public static Optional<FileType> recognise(Path file) throws IOException {
        for (FileType type : values()) {
            if (type.matches(file)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a declared Content-Type names no particular type ({@code application/octet-stream}): then the content decides. */
    public static boolean isGeneric(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
            return type != null && MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type)
                    && !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public static Optional<FileType> fromMediaType(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String bare = (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    public static Optional<FileType> fromMediaType(String type) {
        try {
            return type == null ? Optional.empty() : fromMediaType(MediaType.valueOf(type));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            return Arrays.equals(head, magic);
        }
    }
}
