import { transaction, type TLPageId, type TLParentId, type TLRecord, type TLStore } from '@tldraw/tldraw';
import { pageForLooseShapes, shapesToCutLoose } from '../../board/parent-loops.ts';

/**
 * Puts records, a shape on a loop of parents (`shapesToCutLoose`) on the first page instead (here
 * only: the sync server does so in the doc, for everyone), and skipping (and reporting) any that
 * fail tldraw's validation. Usually all are valid and the put checks each once (filling a store
 * with 2,000 notes takes ~60 ms less than with a check of its own first). A put that throws
 * half-way would leave records in the store that its listeners were never told about, so it runs
 * in a transaction of its own, undone whole on a throw; then each record is checked and the valid
 * ones put.
 */
export function putValidRecords(store: TLStore, received: TLRecord[]): void {
	const records = cutParentLoops(store, received);
	try {
		transaction(() => store.put(records));
		return;
	} catch {
		// Put again below, record by record checked.
	}
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

function cutParentLoops(store: TLStore, records: TLRecord[]): TLRecord[] {
	const incoming = new Map<string, TLRecord>(records.map((record) => [record.id, record]));
	const parentOf = (id: string) => {
		const record = incoming.get(id) ?? store.get(id as TLRecord['id']);
		return record?.typeName === 'shape' ? record.parentId : undefined;
	};
	const shapes = records.filter((record) => record.typeName === 'shape').map((record) => record.id);
	const loose = new Set(shapesToCutLoose(shapes, parentOf));
	if (loose.size === 0) return records;
	const pages = [...store.query.records('page').get(), ...records.filter((r) => r.typeName === 'page')];
	const page = pageForLooseShapes(pages) as TLPageId as TLParentId;
	return records.map((record) =>
		loose.has(record.id) && record.typeName === 'shape' ? { ...record, parentId: page } : record
	);
}
