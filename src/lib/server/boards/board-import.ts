import * as Y from 'yjs';
import { boardRecords, saveSchema } from '../../board/board-doc.ts';
import { schemaReadability } from '../../board/board-schema.ts';
import { recordToYMap } from '../../canvas/sync/record-codec.ts';
import { isPlainObject } from '../../plain-object.ts';
import type { TLRecord } from '@tldraw/tldraw';

/** The largest board file that can be imported. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const MAX_RECORDS = 100_000;
// A tldraw record id: its type name, a colon and a key of printable ASCII (template ids hold '/').
const RECORD_ID = /^[a-z_]{1,40}:[\x21-\x7e]{1,200}$/;

/** What an exported board file holds (`/b/<id>/export.json`). */
export interface BoardFile {
	title: string;
	template: string;
	records: Record<string, unknown>[];
	schema: unknown;
}

/** A board file as sent, or null when it is not one (records are checked for their id and kind only: the editor validates each one when the board opens, and leaves out what it cannot read). */
export function parseBoardFile(text: string): BoardFile | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isPlainObject(value) || value.werkbord !== 1 || !Array.isArray(value.records)) return null;
	const { title, template, records, schema } = value;
	if (typeof title !== 'string' || typeof template !== 'string' || records.length > MAX_RECORDS) return null;
	const valid = records.every(
		(record) =>
			isPlainObject(record) &&
			typeof record.id === 'string' &&
			RECORD_ID.test(record.id) &&
			typeof record.typeName === 'string' &&
			record.id.startsWith(`${record.typeName}:`)
	);
	if (!valid || new Set(records.map((r) => (r as { id: string }).id)).size !== records.length) return null;
	// No schema: the records are read as this version's. One that is not a schema: not our file.
	if (schema != null && schemaReadability(schema) === 'invalid') return null;
	return { title, template, records: records as Record<string, unknown>[], schema: schema ?? null };
}

/** The Yjs state of a board holding exactly these records (and the schema they were saved with). */
export function boardState(file: BoardFile): Uint8Array {
	const doc = new Y.Doc();
	doc.transact(() => {
		for (const record of file.records)
			boardRecords(doc).set(record.id as string, recordToYMap(record as unknown as TLRecord));
		if (file.schema) saveSchema(doc, file.schema);
	});
	const state = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return state;
}
