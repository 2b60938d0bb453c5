package vn.danvan.democracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.idempotency.IdempotencyReplayed;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A replayed answer that shows a comment (its recording, its answer) shows its author again: logged as a read, as the
 * original was, when the author is shown to the caller. The recording's answer is located at the consultation's
 * comments, so its comment is named by the answer itself.
 */
@ApplicationScoped
class GrassrootsCommentReplayLog {

    private final PersonalDataAccessLog accessLog;
    private final GrassrootsCommentService comments;
    private final GrassrootsCommentViews views;
    private final ObjectMapper json;

    GrassrootsCommentReplayLog(PersonalDataAccessLog accessLog, GrassrootsCommentService comments,
                               GrassrootsCommentViews views, ObjectMapper json) {
        this.accessLog = accessLog;
        this.comments = comments;
        this.views = views;
        this.json = json;
    }

    void onReplay(@Observes IdempotencyReplayed replay) {
        if (replay.resourceMethod().getDeclaringClass() != ConsultationResource.class) {
            return;
        }
        Optional<UUID> id = switch (replay.resourceMethod().getName()) {
            case "answerGrassrootsComment" -> replay.argument(UUID.class);
            case "recordGrassrootsComment" -> idOf(replay.body());
            default -> Optional.empty();
        };
        id.map(this::readable).filter(views::authorShown).ifPresent(comment -> accessLog.record(
                PersonalDataAccessLog.Subject.GRASSROOTS_COMMENT, List.of(comment.id), PersonalDataAccessLog.Purpose.READ));
    }

    private Optional<UUID> idOf(String body) {
        try {
            JsonNode id = body == null ? null : json.readTree(body).get("id");
            return id == null || !id.isTextual() ? Optional.empty() : Optional.of(UUID.fromString(id.asText()));
        } catch (Exception notAComment) {
            return Optional.empty();
        }
    }

    private GrassrootsCommentEntity readable(UUID id) {
        try {
            return comments.get(id);
        } catch (ApiException gone) {
            return null;
        }
    }
}
