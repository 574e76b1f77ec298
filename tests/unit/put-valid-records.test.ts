import { describe, expect, it, vi } from 'vitest';
import {
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	DocumentRecordType,
	PageRecordType,
	TLDOCUMENT_ID,
	type IndexKey,
	type TLRecord
} from '@tldraw/tldraw';
import { putValidRecords } from '../../src/lib/canvas/sync/put-valid-records.ts';
import { noteRecord } from '../support/tldraw-records.ts';

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

	it('updates records already in the store', () => {
		const store = boardStore();
		putValidRecords(store, [noteRecord('moved', 'a', 0, 0)]);
		putValidRecords(store, [noteRecord('moved', 'a', 640, 320)]);
		expect(store.get('shape:moved' as never)).toMatchObject({ x: 640, y: 320 });
	});
});
