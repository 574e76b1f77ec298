import { deepEqual } from '../plain-object.ts';

/** A record as stored on a board (a tldraw record as JSON). */
export interface BoardRecord {
	id: string;
	typeName?: string;
	[key: string]: unknown;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

/** What happened to each shape between two states of a board (shapes not mentioned stayed as they were). */
export type BoardChanges = Map<string, ChangeKind>;

const isShape = (record: BoardRecord) => record.typeName === 'shape';

/** The shapes added, removed and changed from `before` (a snapshot) to `now`. */
export function boardChanges(before: BoardRecord[], now: BoardRecord[]): BoardChanges {
	const earlier = new Map(before.filter(isShape).map((record) => [record.id, record]));
	const changes: BoardChanges = new Map();
	for (const record of now.filter(isShape)) {
		const then = earlier.get(record.id);
		if (!then) changes.set(record.id, 'added');
		else if (!deepEqual(then, record)) changes.set(record.id, 'changed');
		earlier.delete(record.id);
	}
	for (const id of earlier.keys()) changes.set(id, 'removed');
	return changes;
}

/**
 * The board to look at when comparing: as it is now, with the shapes removed since the snapshot put
 * back faded (and whatever they sat on: a removed frame comes back with them).
 */
export function comparisonRecords(
	before: BoardRecord[],
	now: BoardRecord[],
	changes: BoardChanges
): BoardRecord[] {
	const present = new Set(now.map((record) => record.id));
	const returned = before
		.filter((record) => !present.has(record.id) && (changes.get(record.id) === 'removed' || !isShape(record)))
		.map((record) => (isShape(record) ? { ...record, opacity: 0.35 } : record));
	return [...now, ...returned];
}

/** How many shapes of each kind of change. */
export function countChanges(changes: BoardChanges): Record<ChangeKind, number> {
	const counts = { added: 0, removed: 0, changed: 0 };
	for (const kind of changes.values()) counts[kind]++;
	return counts;
}
