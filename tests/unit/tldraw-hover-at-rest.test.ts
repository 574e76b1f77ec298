import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tldrawHoverAtRest } from '../../vite/tldraw-hover-at-rest.ts';
import { loadModule, removePatchedCopies } from '../support/patched-module.ts';

const MODULE = fileURLToPath(
	new URL(
		'../../node_modules/tldraw/dist-esm/lib/tools/selection-logic/updateHoveredShapeId.mjs',
		import.meta.url
	)
);
type Hover = { updateHoveredShapeId(editor: unknown): void };
afterAll(removePatchedCopies);

/** The editor as tldraw's hover update sees it: a camera, a pointer over one note, the hovered id. */
function editorOverANote(cameraState: 'idle' | 'moving', hovered: string | null) {
	const note = { id: 'shape:note', type: 'note' };
	const editor = {
		hovered,
		hitTests: 0,
		/** tldraw's `isHoveringCanvas`: true once a mouse came over the canvas; null for touch. */
		pointerOver: true as boolean | null,
		getInstanceState: () => ({ isHoveringCanvas: editor.pointerOver }),
		camera: { x: 0, y: 0, z: 1 },
		getCamera: () => editor.camera,
		getCameraState: () => cameraState,
		getHoveredShapeId: () => editor.hovered,
		setHoveredShape: (id: string | null) => void (editor.hovered = id),
		getShapeAtPoint: () => (editor.hitTests++, note),
		getOutermostSelectableShape: (shape: unknown) => shape,
		getFocusedGroupId: () => 'page:page',
		getSelectedShapeIds: () => [],
		getZoomLevel: () => 1,
		options: { hitTestMargin: 8 },
		inputs: { currentPagePoint: { x: 10, y: 10 }, currentScreenPoint: { x: 10, y: 10 } }
	};
	return editor;
}

describe('the shape under the pointer is looked for while the view stands still', () => {
	it('finds it when the camera is at rest, as tldraw does', async () => {
		for (const plugin of [null, tldrawHoverAtRest()]) {
			const { updateHoveredShapeId } = await loadModule<Hover>(MODULE, plugin);
			const editor = editorOverANote('idle', null);
			updateHoveredShapeId(editor);
			expect(editor.hovered).toBe('shape:note');
			expect(editor.hitTests).toBe(1);
		}
	});

	it('tests no shape while the camera moves, and lets go of the hovered one', async () => {
		const published = await loadModule<Hover>(MODULE, null);
		const before = editorOverANote('moving', 'shape:other');
		published.updateHoveredShapeId(before);
		expect(before.hitTests).toBe(1);

		const patched = await loadModule<Hover>(MODULE, tldrawHoverAtRest());
		const after = editorOverANote('moving', 'shape:other');
		patched.updateHoveredShapeId(after);
		expect(after.hitTests).toBe(0);
		expect(after.hovered).toBe(null);
	});

	it('tests no shape when the view moved under a pointer that stayed put (a turn of the wheel)', async () => {
		const { updateHoveredShapeId } = await loadModule<Hover>(MODULE, tldrawHoverAtRest());
		const editor = editorOverANote('idle', null);
		updateHoveredShapeId(editor);
		expect(editor.hovered).toBe('shape:note');

		// tldraw sends the pointer move of a wheel's first step before it marks the camera moving.
		editor.camera = { x: -40, y: 0, z: 1 };
		updateHoveredShapeId(editor);
		expect(editor.hitTests).toBe(1);
		expect(editor.hovered).toBe(null);

		// The pointer itself moves: asked again.
		editor.inputs.currentScreenPoint = { x: 30, y: 10 };
		updateHoveredShapeId(editor);
		expect(editor.hitTests).toBe(2);
		expect(editor.hovered).toBe('shape:note');
	});

	it('does not look as the editor starts with no pointer over the canvas; the first move does', async () => {
		const { updateHoveredShapeId } = await loadModule<Hover>(MODULE, tldrawHoverAtRest());
		for (const pointerOver of [false, null]) {
			const editor = editorOverANote('idle', null);
			editor.pointerOver = pointerOver;
			updateHoveredShapeId(editor);
			expect(editor.hitTests).toBe(0);
			// A mouse comes over the canvas (or a finger touches it, which never "hovers").
			editor.pointerOver = pointerOver === false ? true : null;
			editor.inputs.currentScreenPoint = { x: 12, y: 10 };
			updateHoveredShapeId(editor);
			expect(editor.hitTests).toBe(1);
			expect(editor.hovered).toBe('shape:note');
		}
	});

	it('stops the build when tldraw changes the function it patches', () => {
		const transform = tldrawHoverAtRest().transform as (code: string, id: string) => unknown;
		expect(() => transform('export const updateHoveredShapeId = () => {}', MODULE)).toThrow(
			/changed its updateHoveredShapeId/
		);
	});
});
