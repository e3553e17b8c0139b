package dev.tandem.sync.twoway;

/**
 * Chooses which copy survives when both sides changed an item. A policy, not a rule of the algorithm, because
 * what is right depends on who owns the item (vdirsyncer's {@code conflict_resolution}).
 */
@FunctionalInterface
public interface ConflictPolicy {

    ConflictResolution resolve(ConflictCase conflict);
}
