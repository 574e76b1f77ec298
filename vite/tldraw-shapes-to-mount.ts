import { fileURLToPath } from 'node:url';
import { patchModule, replaceOnce } from './patch-module.ts';

const MODULE =
	/[\\/]@tldraw[\\/]editor[\\/]dist-esm[\\/]lib[\\/]components[\\/]default-components[\\/]DefaultCanvas\.mjs$/;
const SHAPES_TO_DISPLAY =
	'function ShapesToDisplay() {\n' +
	'  const editor = useEditor();\n' +
	'  const renderingShapes = useValue("rendering shapes", () => editor.getRenderingShapes(), [editor]);\n';
const FAR_NOTES = fileURLToPath(new URL('../src/lib/canvas/shapes/note/far-notes.ts', import.meta.url));

/**
 * tldraw's canvas mounts the shapes Werkbord chooses (`shapesToMount`,
 * src/lib/canvas/shapes/note/far-notes.ts) rather than every shape on the page: notes seen from
 * too far to read are painted on a canvas instead. tldraw 3.15 has no option for it. The build
 * fails if tldraw changes the component, rather than silently losing this. (A dev server's
 * pre-bundled tldraw is not patched: it mounts every shape, and nothing is painted.)
 */
export const tldrawShapesToMount = () =>
	patchModule({
		name: 'werkbord-tldraw-shapes-to-mount',
		module: MODULE,
		changed: 'tldraw changed its ShapesToDisplay',
		file: 'vite/tldraw-shapes-to-mount.ts',
		patch(code) {
			const patched = replaceOnce(
				code,
				SHAPES_TO_DISPLAY,
				SHAPES_TO_DISPLAY.replace('editor.getRenderingShapes()', 'shapesToMount(editor)')
			);
			return patched && `import { shapesToMount } from ${JSON.stringify(FAR_NOTES)};\n${patched}`;
		}
	});
