package vn.danvan.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Giao một nhiệm vụ cho nhiều đơn vị: one item assigned to many lead units in one request, each unit with its own
 * series of tasks that carry this assignment's ID. Written once, never changed: the tasks change on their own.
 */
@Entity
@Table(name = "task_assignment")
public class TaskAssignmentEntity {

    /** A lead unit of the assignment and the series made for it. */
    @Embeddable
    public static class Unit {

        @Column(name = "organization_id", nullable = false)
        public UUID organizationId;

        @Column(name = "series_id", nullable = false)
        public UUID seriesId;

        protected Unit() {
        }

        Unit(UUID organizationId, UUID seriesId) {
            this.organizationId = organizationId;
            this.seriesId = seriesId;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "assigning_organization_id", nullable = false)
    public UUID assigningOrganizationId;

    @Column(name = "directive_id")
    public UUID directiveId;

    @Column(name = "item_number")
    public String itemNumber;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "unit_count", nullable = false)
    public int unitCount;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "actor")
    public String actor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "task_assignment_unit", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    public List<Unit> units = new ArrayList<>();
}
