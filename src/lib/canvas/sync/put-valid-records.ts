import type { TLRecord, TLStore } from '@tldraw/tldraw';

/**
 * Puts records, skipping (and reporting) any that fail tldraw's validation. They are checked before
 * the put: a put that throws half-way leaves the store without telling its listeners about the
 * records that did go in.
 */
export function putValidRecords(store: TLStore, records: TLRecord[]): void {
	const valid = records.filter((record) => {
		const before = store.get(record.id) ?? null;
		try {
			store.schema.validateRecord(store, record, before ? 'updateRecord' : 'createRecord', before);
			return true;
		} catch (error) {
			console.warn(
				`[werkbord] ignored invalid record ${record.id}: ${error instanceof Error ? error.message : error}`
			);
			return false;
		}
	});
	if (valid.length > 0) store.put(valid);
}
