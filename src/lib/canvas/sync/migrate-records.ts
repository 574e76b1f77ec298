import type { SerializedSchema, TLRecord, TLStore } from '@tldraw/tldraw';
import { SavedByNewerVersion } from '../../board/board-schema.ts';

/**
 * The stored records, migrated to this version's schema. A schema this version cannot migrate
 * from means a later version saved the board. A record the migrations cannot take (a crafted one)
 * is left out, not the board: then each record is migrated on its own, as invalid records are
 * left out of the store (put-valid-records.ts).
 */
export function migrateRecords(
	store: TLStore,
	stored: Record<string, TLRecord>,
	schema: SerializedSchema
): Record<string, TLRecord> {
	let readable: boolean;
	try {
		readable = store.schema.getMigrationsSince(schema).ok;
	} catch {
		readable = false; // not a schema at all
	}
	if (!readable) throw new SavedByNewerVersion('this board was saved by a newer or unknown version');
	const whole = store.schema.migrateStoreSnapshot({ store: stored, schema });
	if (whole.type === 'success') return whole.value;
	const migrated: Record<string, TLRecord> = {};
	for (const [id, record] of Object.entries(stored)) {
		const one = store.schema.migrateStoreSnapshot({ store: { [id]: record }, schema });
		if (one.type === 'success') Object.assign(migrated, one.value);
	}
	return migrated;
}
