import { patchModule, replaceOnce } from './patch-module.ts';

const MODULE =
	/[\\/]tldraw[\\/]dist-esm[\\/]lib[\\/]tools[\\/]selection-logic[\\/]updateHoveredShapeId\.mjs$/;
const HEADER = 'function _updateHoveredShapeId(editor) {\n';

const AT_REST =
	'const lastAsked = new WeakMap();\n' +
	'function _updateHoveredShapeId(editor) {\n' +
	'  const { x, y } = editor.inputs.currentScreenPoint;\n' +
	'  const camera = editor.getCamera();\n' +
	'  const last = lastAsked.get(editor);\n' +
	'  lastAsked.set(editor, { x, y, camera });\n' +
	'  if (!last && !editor.getInstanceState().isHoveringCanvas) return;\n' +
	'  const viewMovedUnderPointer = last && last.x === x && last.y === y && last.camera !== camera;\n' +
	"  if (viewMovedUnderPointer || editor.getCameraState() === 'moving') {\n" +
	'    if (editor.getHoveredShapeId() !== null) editor.setHoveredShape(null);\n' +
	'    return;\n' +
	'  }\n' +
	'  hoverAtPointer(editor);\n' +
	'}\n';

/**
 * Which shape is under the pointer, asked only when the pointer moved over a view at rest. tldraw
 * 3.15 also asks whenever the view moves under the pointer (it sends itself a pointer move for
 * each step of a pan, a wheel or a zoom), and to answer it tests the pointer against every shape on
 * the page: on a board of 2,000 notes that was 220 ms of a zoom's animation and 600 ms of a
 * second's panning with the wheel. While the view moves, a hovered shape is let go (it slides away
 * from under the pointer) and nothing is tested; the next move of the pointer asks again. Nor is
 * it asked as the editor starts (65 ms on that board) with no pointer over the canvas. Later tldraw
 * versions do much the same. The build fails if tldraw changes the function, rather than silently
 * losing this.
 */
export const tldrawHoverAtRest = () =>
	patchModule({
		name: 'werkbord-tldraw-hover-at-rest',
		module: MODULE,
		changed: 'tldraw changed its updateHoveredShapeId',
		file: 'vite/tldraw-hover-at-rest.ts',
		patch: (code) => replaceOnce(code, HEADER, `${AT_REST}function hoverAtPointer(editor) {\n`)
	});
