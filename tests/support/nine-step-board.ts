import type { SerializedSchemaV2, TLRecord } from '@tldraw/tldraw';
import type * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { noteRecord } from './tldraw-records.ts';

/** The ring's size on the stored board, and which step each of its notes sits in after the migration. */
export const NINE_STEP_RING_SIZE = 1400;
export const STEPS_AFTER_MIGRATION = [1, 2, 2, 3, 4, 5, 6, 7, 8];

/**
 * Writes into an empty `doc` what a nine-step version of Werkbord saved: its document and page, a
 * ring of the old shape (props v0, no `steps`) with one note in the middle of each of its nine
 * steps, and the schema that version wrote — `schema` (the current one) without the ring's store
 * migrations.
 */
export function writeNineStepBoard(doc: Y.Doc, schema: SerializedSchemaV2): void {
	const pageId = 'page:page';
	const document = { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} };
	const page = { id: pageId, typeName: 'page', name: 'Page 1', index: 'a1', meta: {} };
	const r = NINE_STEP_RING_SIZE / 2;
	const base = { typeName: 'shape', rotation: 0, isLocked: false, opacity: 1, meta: {}, index: 'a1' };
	const notes = Array.from({ length: 9 }, (_, i) => {
		const angle = (((i + 0.5) * 40 - 90) * Math.PI) / 180;
		return {
			...noteRecord(`note${i + 1}`, `stap ${i + 1}`),
			parentId: 'shape:ring',
			x: r + r * 0.66 * Math.cos(angle) - 100,
			y: r + r * 0.66 * Math.sin(angle) - 100
		};
	});
	const ring = {
		...base,
		id: 'shape:ring',
		type: 'stepfree-ring',
		parentId: pageId,
		x: 0,
		y: 0,
		props: { size: NINE_STEP_RING_SIZE }
	};
	const { 'com.werkbord.stepfree-ring': _new, ...sequences } = schema.sequences;
	doc.transact(() => {
		for (const record of [document, page, ring, ...notes]) {
			boardRecords(doc).set(record.id, recordToYMap(record as unknown as TLRecord));
		}
		doc.getMap('tldraw_meta').set('schema', {
			...schema,
			sequences: { ...sequences, 'com.tldraw.shape.stepfree-ring': 0 }
		});
	});
}
