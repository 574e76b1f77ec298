import { describe, expect, it } from 'vitest';
import type { SerializedSchema } from '@tldraw/tldraw';
import { createBoardStore } from '../canvas/board-store.ts';
import { BOARD_RECORD_TYPES } from './board-doc.ts';
import { BOARD_SCHEMA, isSchemaStepForward, schemaReadability } from './board-schema.ts';

const store = createBoardStore();

/** Whether the editor can open records saved under this schema (what the browser decides). */
function editorReads(schema: unknown): boolean {
	try {
		return store.schema.getMigrationsSince(schema as SerializedSchema).ok;
	} catch {
		return false;
	}
}

const withSequence = (sequence: string, version: unknown) => ({
	schemaVersion: 2,
	sequences: { ...BOARD_SCHEMA.sequences, [sequence]: version }
});

const { 'com.tldraw.shape.note': _note, ...withoutNote } = BOARD_SCHEMA.sequences;

describe('the pinned board schema', () => {
	it('is the schema the editor saves boards under (a new migration must be added here too)', () => {
		expect(store.schema.serialize()).toEqual(BOARD_SCHEMA);
	});

	it('holds in a board exactly the kinds of record the editor keeps per document', () => {
		const documentTypes = Object.entries(store.schema.types)
			.filter(([, type]) => type.scope === 'document')
			.map(([typeName]) => typeName);
		expect(new Set(documentTypes)).toEqual(BOARD_RECORD_TYPES);
	});

	it('calls readable exactly the versions of each sequence the editor can migrate from', () => {
		for (const [sequence, last] of Object.entries(BOARD_SCHEMA.sequences)) {
			for (let version = 0; version <= last; version++) {
				expect(editorReads(withSequence(sequence, version)), `${sequence} ${version}`).toBe(true);
				expect(schemaReadability(withSequence(sequence, version))).toBe('readable');
			}
			expect(editorReads(withSequence(sequence, last + 1)), `${sequence} ${last + 1}`).toBe(false);
			expect(schemaReadability(withSequence(sequence, last + 1))).toBe('newer');
		}
	});

	it('reads a schema with sequences it does not know, or without some it knows, as the editor does', () => {
		for (const schema of [
			withSequence('com.example.later-shape', 7),
			{ schemaVersion: 2, sequences: withoutNote }
		]) {
			expect(editorReads(schema)).toBe(true);
			expect(schemaReadability(schema)).toBe('readable');
		}
	});

	it('calls newer what a later schema format wrote, and invalid what is not a schema', () => {
		expect(schemaReadability({ schemaVersion: 3, sequences: {} })).toBe('newer');
		const broken = [
			null,
			'schema',
			[],
			{ schemaVersion: 2 },
			{ schemaVersion: 2, sequences: [] },
			{ schemaVersion: '2', sequences: {} },
			{ schemaVersion: 1, storeVersion: 4, recordVersions: {} },
			withSequence('com.tldraw.shape.note', 1.5),
			withSequence('com.tldraw.shape.note', -1),
			withSequence('com.tldraw.shape.note', '3'),
			withSequence('com.tldraw.shape.note', null),
			withSequence('com.example.later-shape', 'x')
		];
		// Some the editor would take (a version as text makes it run every migration again): not here.
		for (const schema of broken) expect(schemaReadability(schema), JSON.stringify(schema)).toBe('invalid');
	});
});

describe('which schema an editor may announce over the board’s', () => {
	const note = (version: number) => withSequence('com.tldraw.shape.note', version);

	it('lets a board without one, or with an older one, take this version’s', () => {
		expect(isSchemaStepForward(undefined, BOARD_SCHEMA)).toBe(true);
		expect(isSchemaStepForward(undefined, note(5))).toBe(true);
		expect(isSchemaStepForward(note(5), BOARD_SCHEMA)).toBe(true);
		expect(isSchemaStepForward({ schemaVersion: 2, sequences: withoutNote }, BOARD_SCHEMA)).toBe(true);
		expect(isSchemaStepForward(BOARD_SCHEMA, BOARD_SCHEMA)).toBe(true);
	});

	it('refuses going back on a migration, dropping a sequence, or what this version cannot read', () => {
		expect(isSchemaStepForward(BOARD_SCHEMA, note(5))).toBe(false);
		expect(isSchemaStepForward(BOARD_SCHEMA, { schemaVersion: 2, sequences: withoutNote })).toBe(false);
		expect(isSchemaStepForward(BOARD_SCHEMA, note(99))).toBe(false);
		expect(isSchemaStepForward(BOARD_SCHEMA, undefined)).toBe(false);
		// A board a later version saved is not an editor's of this version to relabel.
		expect(isSchemaStepForward(note(99), BOARD_SCHEMA)).toBe(false);
	});
});
