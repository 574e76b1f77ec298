import { describe, expect, it, vi } from 'vitest';
import {
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	DocumentRecordType,
	PageRecordType,
	TLDOCUMENT_ID,
	type IndexKey,
	type TLRecord,
	type TLShapeId
} from '@tldraw/tldraw';
import { putValidRecords } from '../../src/lib/canvas/sync/put-valid-records.ts';
import { frameRecord, noteRecord } from '../support/tldraw-records.ts';

function boardStore() {
	const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
	store.put([
		DocumentRecordType.create({ id: TLDOCUMENT_ID }),
		PageRecordType.create({ id: 'page:page' as never, name: 'Bord', index: 'a1' as IndexKey, meta: {} })
	]);
	return store;
}

describe('putValidRecords', () => {
	it('puts the valid records of a remote change once, tells listeners of exactly those, and leaves out an invalid one', () => {
		const store = boardStore();
		const added: string[] = [];
		const created: string[] = [];
		store.listen(({ changes }) => added.push(...Object.keys(changes.added)), { scope: 'document' });
		store.sideEffects.registerAfterCreateHandler('shape', (shape) => void created.push(shape.id));
		const bad = { ...noteRecord('bad', 'x'), props: { color: 'plaid' } } as unknown as TLRecord;
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

		// The invalid record comes after a valid one: the first attempt put that one before it failed.
		store.mergeRemoteChanges(() =>
			putValidRecords(store, [noteRecord('first', 'a'), bad, noteRecord('last', 'b')])
		);
		store._flushHistory();

		const shapes = store.query
			.records('shape')
			.get()
			.map((shape) => shape.id);
		expect(shapes.sort()).toEqual(['shape:first', 'shape:last']);
		expect(added.sort()).toEqual(['shape:first', 'shape:last']);
		expect(created.sort()).toEqual(['shape:first', 'shape:last']);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('shape:bad'));
		warn.mockRestore();
	});

	it('puts shapes that a change leaves in a loop of parents on the first page, where tldraw can reach them', () => {
		const store = boardStore();
		// Two frames each moved into the other at the same moment, and a shape that is its own parent.
		const a = { ...frameRecord('a', 'A'), parentId: 'shape:b' } as TLRecord;
		const b = { ...frameRecord('b', 'B'), parentId: 'shape:a' } as TLRecord;
		const self = { ...noteRecord('self', 'x'), parentId: 'shape:self' } as TLRecord;
		const inside = { ...noteRecord('inside', 'x'), parentId: 'shape:b' } as TLRecord;
		putValidRecords(store, [a, b, self, inside]);
		const shape = (key: string) => store.get(`shape:${key}` as TLShapeId)!;
		const parentOf = (key: string) => shape(key).parentId;
		expect([parentOf('a'), parentOf('b')].sort()).toEqual(['page:page', 'shape:a']);
		expect(parentOf('self')).toBe('page:page');
		expect(parentOf('inside')).toBe('shape:b');
		// A later change closing a loop through a shape already in the store is cut too.
		putValidRecords(store, [{ ...shape('a'), parentId: 'shape:inside' } as TLRecord]);
		expect(parentOf('a')).toBe('page:page');
	});

	it('updates records already in the store', () => {
		const store = boardStore();
		putValidRecords(store, [noteRecord('moved', 'a', 0, 0)]);
		putValidRecords(store, [noteRecord('moved', 'a', 640, 320)]);
		expect(store.get('shape:moved' as never)).toMatchObject({ x: 640, y: 320 });
	});
});
