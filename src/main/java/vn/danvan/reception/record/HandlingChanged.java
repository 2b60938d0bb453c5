package vn.danvan.reception.record;

import vn.danvan.api.model.ReceptionHandling;

import java.util.UUID;

/**
 * A record's handling (hướng xử lý) was corrected, fired in the transaction of the change, for those who follow
 * records (the portal's petitions) without this package knowing them.
 */
public record HandlingChanged(UUID receptionId, ReceptionHandling before, ReceptionHandling after) {
}
