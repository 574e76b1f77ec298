import type { Plugin } from 'vite';

const MODULE =
	/[\\/]tldraw[\\/]dist-esm[\\/]lib[\\/]tools[\\/]selection-logic[\\/]updateHoveredShapeId\.mjs$/;
const HEADER = 'function _updateHoveredShapeId(editor) {\n';

/**
 * Which shape is under the pointer, asked only while the view stands still. tldraw 3.15 asks on
 * every move of the camera too (it sends itself a pointer move for each frame of a pan or zoom),
 * and to answer it tests the pointer against every shape on the page: on a board of 2,000 notes a
 * zoom's frames spent 220 ms on it, and opening the board (fitted, so the camera moves) 65 ms.
 * While the camera moves, a hovered shape is let go (the view slides under the pointer, so it
 * would soon be wrong) and nothing is tested; the next pointer move after the camera stops asks
 * again. Later tldraw versions do much the same. The build fails if tldraw changes the function,
 * rather than silently losing this.
 */
export function tldrawHoverAtRest(): Plugin {
	return {
		name: 'werkbord-tldraw-hover-at-rest',
		transform(code, id) {
			if (!MODULE.test(id)) return null;
			if (!code.includes(HEADER))
				throw new Error('tldraw changed its updateHoveredShapeId: see vite/tldraw-hover-at-rest.ts');
			const atRest =
				'function _updateHoveredShapeId(editor) {\n' +
				"  if (editor.getCameraState() === 'moving') {\n" +
				'    if (editor.getHoveredShapeId() !== null) editor.setHoveredShape(null);\n' +
				'    return;\n' +
				'  }\n' +
				'  hoverAtPointer(editor);\n' +
				'}\n';
			return { code: code.replace(HEADER, `${atRest}function hoverAtPointer(editor) {\n`), map: null };
		}
	};
}
