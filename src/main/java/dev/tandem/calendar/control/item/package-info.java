/**
 * The calendar item model shared by both sides of the sync: events and tasks, times, people and attendees, the
 * edits a user may make and why an item can be read-only; and what every provider's item store offers beyond the
 * sync core's ({@link dev.tandem.calendar.control.item.ProviderItemStore}). Depends on no other part of
 * {@code calendar.control}.
 */
package dev.tandem.calendar.control.item;
