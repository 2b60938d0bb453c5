package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrassrootsComment;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Comments as the caller sees them: the author's name and phone only for those who act for the commune or coordinate
 * (officials, unit administrators, coordinators); viewers see the comment without them. A comment whose author is
 * shown is logged as a read of personal data before it is returned (PersonalDataAccessLog), as a reception is.
 */
@ApplicationScoped
class GrassrootsCommentViews {

    private final GrassrootsCommentService comments;
    private final GrassrootsMapper mapper;
    private final CurrentCaller caller;
    private final PersonalDataAccessLog log;

    GrassrootsCommentViews(GrassrootsCommentService comments, GrassrootsMapper mapper, CurrentCaller caller,
                           PersonalDataAccessLog log) {
        this.comments = comments;
        this.mapper = mapper;
        this.caller = caller;
        this.log = log;
    }

    GrassrootsComment one(GrassrootsCommentEntity comment) {
        return many(List.of(comment), PersonalDataAccessLog.Purpose.READ).get(0);
    }

    List<GrassrootsComment> many(List<GrassrootsCommentEntity> page, PersonalDataAccessLog.Purpose purpose) {
        boolean mayReadAuthor = mayReadAuthor();
        List<GrassrootsComment> shown = new ArrayList<>();
        List<UUID> authorsShown = new ArrayList<>();
        for (GrassrootsCommentEntity comment : page) {
            boolean withAuthor = mayReadAuthor && hasAuthor(comment);
            if (withAuthor) {
                authorsShown.add(comment.id);
            }
            shown.add(mapper.toApi(comment, withAuthor ? comments.author(comment) : null));
        }
        log.record(PersonalDataAccessLog.Subject.GRASSROOTS_COMMENT, authorsShown, purpose);
        return shown;
    }

    /** Whether the caller's view of the comment shows its author (and the read is to be logged). */
    boolean authorShown(GrassrootsCommentEntity comment) {
        return mayReadAuthor() && hasAuthor(comment);
    }

    private boolean mayReadAuthor() {
        return caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.ORG_ADMIN) || caller.hasRole(Roles.COORDINATOR);
    }

    private static boolean hasAuthor(GrassrootsCommentEntity comment) {
        return comment.authorName != null || comment.authorPhone != null;
    }
}
