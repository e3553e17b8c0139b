/**
 * What adapters implement for two-way sync: an {@link dev.tandem.sync.spi.ItemStore} per side, a
 * {@link dev.tandem.sync.spi.StatusStore} and the {@link dev.tandem.sync.spi.SyncLedger}, with the values they
 * exchange. Every item store must pass {@code ItemStoreContract}.
 */
package dev.tandem.sync.spi;
