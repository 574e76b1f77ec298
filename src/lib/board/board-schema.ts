import { isPlainObject } from '../plain-object.ts';

/**
 * The tldraw schema this build's boards are saved under: each migration sequence (tldraw's record
 * types, our shapes, our store migrations) and its last version. Pinned here so that the sync
 * server and the import can judge a board's schema without loading tldraw;
 * `board-schema.test.ts` holds it equal to the editor's store, so adding a migration means
 * updating it.
 */
export const BOARD_SCHEMA = {
	schemaVersion: 2,
	sequences: {
		'com.tldraw.store': 4,
		'com.tldraw.asset': 1,
		'com.tldraw.camera': 1,
		'com.tldraw.document': 2,
		'com.tldraw.instance': 25,
		'com.tldraw.instance_page_state': 5,
		'com.tldraw.page': 1,
		'com.tldraw.instance_presence': 6,
		'com.tldraw.pointer': 1,
		'com.tldraw.shape': 4,
		'com.tldraw.asset.bookmark': 2,
		'com.tldraw.asset.image': 5,
		'com.tldraw.asset.video': 5,
		'com.tldraw.shape.group': 0,
		'com.tldraw.shape.text': 3,
		'com.tldraw.shape.bookmark': 2,
		'com.tldraw.shape.draw': 2,
		'com.tldraw.shape.geo': 10,
		'com.tldraw.shape.note': 9,
		'com.tldraw.shape.line': 5,
		'com.tldraw.shape.frame': 1,
		'com.tldraw.shape.arrow': 6,
		'com.tldraw.shape.highlight': 1,
		'com.tldraw.shape.embed': 4,
		'com.tldraw.shape.image': 5,
		'com.tldraw.shape.video': 4,
		'com.tldraw.shape.budget': 0,
		'com.tldraw.shape.channel': 0,
		'com.tldraw.shape.content-item': 0,
		'com.tldraw.shape.goal': 0,
		'com.tldraw.shape.ground-rules': 0,
		'com.tldraw.shape.kpi-table': 0,
		'com.tldraw.shape.objective': 0,
		'com.tldraw.shape.persona': 0,
		'com.tldraw.shape.risk': 0,
		'com.tldraw.shape.stepfree-ring': 1,
		'com.tldraw.binding.arrow': 1,
		'com.werkbord.stepfree-ring': 1
	} as Record<string, number>
};

/** Thrown when a board's records were saved by a later version, which this one cannot read. */
export class SavedByNewerVersion extends Error {}

/**
 * A later version started writing a board while this page had it open (a tab left open across an
 * upgrade): this page's code cannot read what is written from now on.
 */
export class UpdatedWhileOpen extends SavedByNewerVersion {}

/**
 * Whether this build can open records saved under a schema: `readable` (every sequence it knows
 * at a version it has; sequences it does not know are ignored, as tldraw does), `newer` (saved by
 * a later version) or `invalid` (not a schema as tldraw writes one).
 */
export type SchemaReadability = 'readable' | 'newer' | 'invalid';

export function schemaReadability(schema: unknown): SchemaReadability {
	if (!isPlainObject(schema) || !isVersion(schema.schemaVersion) || !isPlainObject(schema.sequences))
		return 'invalid';
	const versions = Object.entries(schema.sequences);
	if (!versions.every(([, version]) => isVersion(version))) return 'invalid';
	if (schema.schemaVersion > BOARD_SCHEMA.schemaVersion) return 'newer';
	if (schema.schemaVersion !== BOARD_SCHEMA.schemaVersion) return 'invalid';
	const known = BOARD_SCHEMA.sequences;
	const newer = versions.some(
		([sequence, version]) => Object.hasOwn(known, sequence) && (version as number) > known[sequence]!
	);
	return newer ? 'newer' : 'readable';
}

/**
 * Whether an editor may announce `next` as the board's schema in place of `previous` (undefined:
 * none yet). Only a schema this version can read, and one that goes back on no migration the
 * board's records already had: an older one would make every editor run those migrations again
 * over records that already went through them, which fails (and the board would not open) or
 * rewrites them. A schema this version cannot read is not the editors' to change.
 */
export function isSchemaStepForward(previous: unknown, next: unknown): boolean {
	if (schemaReadability(next) !== 'readable') return false;
	if (previous === undefined) return true;
	if (schemaReadability(previous) !== 'readable') return false;
	const before = (previous as typeof BOARD_SCHEMA).sequences;
	const after = (next as typeof BOARD_SCHEMA).sequences;
	return Object.keys(BOARD_SCHEMA.sequences).every(
		(sequence) =>
			!Object.hasOwn(before, sequence) ||
			(Object.hasOwn(after, sequence) && after[sequence]! >= before[sequence]!)
	);
}

function isVersion(value: unknown): value is number {
	return Number.isSafeInteger(value) && (value as number) >= 0;
}
