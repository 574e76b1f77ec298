import type { TLRecord } from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import { createBoardStore } from '../../board-store.ts';
import { segmentAt } from './ring-geometry.ts';

const SIZE = 1400;
const R = SIZE / 2;

/** A note whose centre is at `degrees` clockwise from the top, `share` of the way out, as a child of the ring. */
function noteAt(id: string, degrees: number, share = 0.66) {
	const angle = ((degrees - 90) * Math.PI) / 180;
	const distance = R * share;
	return {
		id: `shape:${id}`,
		typeName: 'shape',
		type: 'note',
		parentId: 'shape:ring',
		index: 'a1',
		x: R + distance * Math.cos(angle) - 100,
		y: R + distance * Math.sin(angle) - 100,
		rotation: 0,
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { scale: 1, growY: 0 }
	};
}

const ring = {
	id: 'shape:ring',
	typeName: 'shape',
	type: 'stepfree-ring',
	parentId: 'page:page',
	index: 'a1',
	x: 0,
	y: 0,
	rotation: 0,
	isLocked: false,
	opacity: 1,
	meta: {},
	props: { size: SIZE }
};

/**
 * Migrates records as the binding does, under the schema a nine-step version wrote: no ring store
 * sequence, ring props at version 0.
 */
function migrateOldBoard(records: object[]) {
	const store = createBoardStore();
	const schema = store.schema.serialize();
	const { 'com.werkbord.stepfree-ring': _added, ...olderSequences } = schema.sequences;
	const result = store.schema.migrateStoreSnapshot({
		store: Object.fromEntries(records.map((r) => [(r as { id: string }).id, r as unknown as TLRecord])),
		schema: { ...schema, sequences: { ...olderSequences, 'com.tldraw.shape.stepfree-ring': 0 } }
	});
	if (result.type !== 'success') throw new Error(result.reason);
	return result.value as Record<string, { x: number; y: number }>;
}

const stepOf = (note: { x: number; y: number }) => segmentAt(note.x + 100, note.y + 100, SIZE);

describe('ring migration 1: nine steps become eight', () => {
	it('moves each note of a nine-step board to the step that now holds it', () => {
		// The middle of each old step (40° wide), and one note at each edge of the old steps 2 and 3.
		const notes = Array.from({ length: 9 }, (_, i) => noteAt(`old${i + 1}`, (i + 0.5) * 40));
		const migrated = migrateOldBoard([ring, ...notes]);
		const steps = notes.map((note) => stepOf(migrated[note.id]!));
		expect(steps).toEqual([1, 2, 2, 3, 4, 5, 6, 7, 8]);
		// Audience and objectives share step 2 now, each in its own half.
		const [audience, objectives] = [migrated['shape:old2']!, migrated['shape:old3']!];
		expect(Math.hypot(audience.x - objectives.x, audience.y - objectives.y)).toBeGreaterThan(150);
	});

	it('marks the ring as laid out for eight steps, and never moves its notes twice', () => {
		const note = noteAt('old3', 100);
		const once = migrateOldBoard([ring, note]);
		expect(once['shape:ring']).toMatchObject({ props: { size: SIZE, steps: 8 } });
		// A stale tab of the old version writes its schema back: the ring itself says it is done.
		const twice = migrateOldBoard([once['shape:ring']!, once['shape:old3']!]);
		expect(twice['shape:old3']).toMatchObject({ x: once['shape:old3']!.x, y: once['shape:old3']!.y });
	});

	it('leaves the centre, notes off the ring and other shapes where they were', () => {
		const centre = noteAt('centre', 0, 0.1);
		const outside = { ...noteAt('outside', 100, 1.4) };
		const elsewhere = { ...noteAt('elsewhere', 100), parentId: 'page:page' };
		const migrated = migrateOldBoard([ring, centre, outside, elsewhere]);
		for (const note of [centre, outside, elsewhere]) {
			expect(migrated[note.id]).toMatchObject({ x: note.x, y: note.y });
		}
	});
});
