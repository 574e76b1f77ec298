import { createTLStore, defaultBindingUtils, defaultShapeUtils, getIndices } from '@tldraw/tldraw';
import * as Y from 'yjs';
import { bindStoreToDoc } from '../../src/lib/canvas/sync/yjs-binding.ts';
import { noteRecord } from './tldraw-records.ts';

// tldraw's store flushes its listeners once per animation frame; Node has no frames.
globalThis.requestAnimationFrame ??= (callback) =>
	setTimeout(() => callback(performance.now()), 16) as unknown as number;
globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle);

/**
 * A board of `count` sticky notes in a grid, built the way a browser builds it: tldraw records
 * through our binding into a Y.Doc. `onUpdate` sees each Yjs update as it is made.
 */
export async function noteBoard(
	count: number,
	options: {
		doc?: Y.Doc;
		from?: number;
		/** Notes the whole board will have, when it is built in parts (sets the grid's width). */
		total?: number;
		onUpdate?: (update: Uint8Array) => void;
	} = {}
): Promise<Y.Doc> {
	const doc = options.doc ?? new Y.Doc();
	const from = options.from ?? 0;
	const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
	const unbind = bindStoreToDoc(store, doc);
	const perRow = Math.ceil(Math.sqrt(options.total ?? from + count));
	const record = (i: number, index: string) =>
		noteRecord(
			`n${i}`,
			`Idee ${i + 1}: doelgroep, kanaal of KPI`,
			(i % perRow) * 240,
			Math.floor(i / perRow) * 240,
			index
		);
	const indices = getIndices(options.total ?? from + count);
	const listener = (update: Uint8Array) => options.onUpdate?.(update);
	doc.on('update', listener);
	if (options.onUpdate) {
		// One update per note, as people add them one by one.
		for (let i = from; i < from + count; i++) {
			store.put([record(i, indices[i]!)]);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	} else {
		store.put(indices.slice(from, from + count).map((index, j) => record(from + j, index)));
	}
	await new Promise((resolve) => setTimeout(resolve, 100));
	doc.off('update', listener);
	unbind();
	return doc;
}
