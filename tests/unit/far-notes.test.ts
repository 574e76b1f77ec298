import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZES, type Editor, type TLRenderingShape, type TLShapeId } from '@tldraw/tldraw';
import {
	MOST_FAR_LAYERS,
	NOTES_MOUNTED_PER_FRAME,
	NOTE_FONT_SIZES,
	notesFromAfar,
	shapesToMount
} from '../../src/lib/canvas/shapes/note/far-notes.ts';

/** Animation frames, run when the test says. */
const frames: (() => void)[] = [];
const realFrames = globalThis.requestAnimationFrame;
globalThis.requestAnimationFrame = (run) => frames.push(() => run(0));
const nextFrame = () => frames.splice(0).forEach((run) => run());
afterEach(() => void frames.splice(0));
afterAll(() => void (globalThis.requestAnimationFrame = realFrames));

/** A shape as tldraw's canvas gets it: `index` is its place in the stacking order. */
function drawn(name: string, type: string, index: number): TLRenderingShape {
	const id = `shape:${name}` as TLShapeId;
	const props = { size: 'm', scale: 1, fontSizeAdjustment: 0 };
	return {
		id,
		shape: { id, type, props },
		index,
		backgroundIndex: index,
		opacity: 1
	} as unknown as TLRenderingShape;
}

/** The editor as the far notes see it; tldraw hands its shapes over sorted by id, not by stacking order. */
function editorWith(shapes: TLRenderingShape[], view: Partial<ReturnType<typeof viewOf>> = {}) {
	const state = { ...viewOf(shapes), ...view };
	const editor = {
		state,
		getRenderingShapes: () => state.rendering,
		getCulledShapes: () => state.culled,
		getZoomLevel: () => state.zoom,
		getEditingShapeId: () => state.editing,
		getOnlySelectedShapeId: () => state.selected
	};
	return editor as typeof editor & Editor;
}

function viewOf(shapes: TLRenderingShape[]) {
	return {
		rendering: [...shapes].sort((a, b) => (a.id < b.id ? -1 : 1)),
		culled: new Set<TLShapeId>(),
		/** A fitted big board: a note's 22 px text is 1.8 px on screen. */
		zoom: 0.08,
		editing: null as TLShapeId | null,
		selected: null as TLShapeId | null
	};
}

const names = (shapes: { id: string }[]) => shapes.map(({ id }) => id.replace('shape:', ''));
const layersOf = (editor: Editor) =>
	notesFromAfar(editor).layers.map(({ zIndex, notes }) => ({ zIndex, notes: names(notes) }));

describe('notes too far away to read are painted, not mounted', () => {
	it('follows tldraw’s label sizes', () => {
		expect(NOTE_FONT_SIZES).toEqual(LABEL_FONT_SIZES);
	});

	it('paints a fitted board’s notes on one layer at the first one’s place; other shapes mount', () => {
		const frame = drawn('frame', 'frame', 10);
		const notes = [drawn('c', 'note', 11), drawn('a', 'note', 12), drawn('b', 'note', 13)];
		const editor = editorWith([frame, ...notes]);
		expect(names(shapesToMount(editor))).toEqual(['frame']);
		expect(layersOf(editor)).toEqual([{ zIndex: 11, notes: ['c', 'a', 'b'] }]);
	});

	it('mounts the notes that can be read, and paints none out of view', () => {
		const notes = [drawn('a', 'note', 1), drawn('b', 'note', 2), drawn('c', 'note', 3)];
		const editor = editorWith(notes, { zoom: 1, culled: new Set(['shape:c' as TLShapeId]) });
		expect(names(shapesToMount(editor))).toEqual(['a', 'b']);
		expect(layersOf(editor)).toEqual([]);
	});

	it(`mounts ${NOTES_MOUNTED_PER_FRAME} notes a frame as they come close enough to read; the rest wait, painted`, () => {
		const count = NOTES_MOUNTED_PER_FRAME + 5;
		const notes = Array.from({ length: count }, (_, i) =>
			drawn(`n${String(i).padStart(2, '0')}`, 'note', i + 1)
		);
		const editor = editorWith(notes);
		expect(shapesToMount(editor)).toEqual([]);
		editor.state.zoom = 1;
		expect(shapesToMount(editor)).toHaveLength(NOTES_MOUNTED_PER_FRAME);
		expect(layersOf(editor)).toEqual([
			{ zIndex: NOTES_MOUNTED_PER_FRAME + 1, notes: names(notes.slice(NOTES_MOUNTED_PER_FRAME)) }
		]);
		nextFrame();
		expect(shapesToMount(editor)).toHaveLength(count);
		expect(layersOf(editor)).toEqual([]);
		// Zoomed out and in again: let in a few a frame again.
		editor.state.zoom = 0.08;
		expect(shapesToMount(editor)).toHaveLength(0);
		nextFrame();
		editor.state.zoom = 1;
		expect(shapesToMount(editor)).toHaveLength(NOTES_MOUNTED_PER_FRAME);
	});

	it('mounts the note being edited or selected alone, which parts the layer around it', () => {
		const notes = ['a', 'b', 'c', 'd'].map((name, i) => drawn(name, 'note', i + 1));
		for (const view of [{ editing: 'shape:b' as TLShapeId }, { selected: 'shape:b' as TLShapeId }]) {
			const editor = editorWith(notes, view);
			expect(names(shapesToMount(editor))).toEqual(['b']);
			expect(layersOf(editor)).toEqual([
				{ zIndex: 1, notes: ['a'] },
				{ zIndex: 3, notes: ['c', 'd'] }
			]);
		}
	});

	it('keeps a shape in view between notes between their layers; one out of view parts nothing', () => {
		const shapes = [drawn('a', 'note', 1), drawn('arrow', 'arrow', 2), drawn('b', 'note', 3)];
		expect(layersOf(editorWith(shapes))).toEqual([
			{ zIndex: 1, notes: ['a'] },
			{ zIndex: 3, notes: ['b'] }
		]);
		const arrowAway = editorWith(shapes, { culled: new Set(['shape:arrow' as TLShapeId]) });
		expect(layersOf(arrowAway)).toEqual([{ zIndex: 1, notes: ['a', 'b'] }]);
	});

	it(`leaves the notes past ${MOST_FAR_LAYERS} layers to tldraw`, () => {
		const shapes = Array.from({ length: MOST_FAR_LAYERS + 2 }, (_, i) => [
			drawn(`note${i}`, 'note', 2 * i),
			drawn(`geo${i}`, 'geo', 2 * i + 1)
		]).flat();
		const editor = editorWith(shapes);
		expect(notesFromAfar(editor).layers).toHaveLength(MOST_FAR_LAYERS);
		const mountedNotes = names(shapesToMount(editor)).filter((name) => name.startsWith('note'));
		expect(mountedNotes.sort()).toEqual([`note${MOST_FAR_LAYERS}`, `note${MOST_FAR_LAYERS + 1}`].sort());
	});

	it('hands tldraw the same list of shapes while only the zoom changes, so its canvas does not render again', () => {
		const editor = editorWith([drawn('frame', 'frame', 1), drawn('a', 'note', 2), drawn('b', 'note', 3)]);
		const before = notesFromAfar(editor);
		editor.state.zoom = 0.09;
		const after = notesFromAfar(editor);
		expect(after.mounted).toBe(before.mounted);
		// Close enough to read: the notes mount.
		editor.state.zoom = 0.5;
		expect(names(notesFromAfar(editor).mounted)).toEqual(['a', 'b', 'frame']);
	});
});
