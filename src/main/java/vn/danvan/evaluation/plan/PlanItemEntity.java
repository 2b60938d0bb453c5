package vn.danvan.evaluation.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An item of a yearly plan: what, by which unit, by when, carried out by which tasks. */
@Entity
@Table(name = "yearly_plan_item")
public class PlanItemEntity extends SyncedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "owner_organization_id", nullable = false)
    public UUID ownerOrganizationId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "yearly_plan_item_task", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "task_id", nullable = false)
    public List<UUID> taskIds = new ArrayList<>();
}
