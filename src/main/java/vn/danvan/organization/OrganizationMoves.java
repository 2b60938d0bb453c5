package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.ChangeStamper;

/** Writes each move of a unit into the move log, in the move's own transaction (see UnitHistoryQueries). */
@ApplicationScoped
class OrganizationMoves {

    private final EntityManager em;
    private final ChangeStamper stamper;

    OrganizationMoves(EntityManager em, ChangeStamper stamper) {
        this.em = em;
        this.stamper = stamper;
    }

    void record(@Observes OrganizationMoved moved) {
        em.createNativeQuery("INSERT INTO organization_move (change_seq, old_path, new_path, moved_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, stamper.nextSequence()).setParameter(2, moved.oldPath())
                .setParameter(3, moved.newPath()).setParameter(4, stamper.now()).executeUpdate();
    }
}
