/**
 * Two-way sync of calendar items after vdirsyncer: {@link dev.tandem.sync.twoway.TwoWaySync} reads both sides,
 * {@link dev.tandem.sync.twoway.TwoWayPlanner} turns (status, CRM now, provider now) into actions,
 * {@link dev.tandem.sync.twoway.MassDeletionGuard} can veto the plan, and writes are conditional.
 */
package dev.tandem.sync.twoway;
