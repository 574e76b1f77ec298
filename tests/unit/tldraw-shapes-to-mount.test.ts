import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tldrawShapesToMount } from '../../vite/tldraw-shapes-to-mount.ts';

const MODULE = fileURLToPath(
	new URL(
		'../../node_modules/@tldraw/editor/dist-esm/lib/components/default-components/DefaultCanvas.mjs',
		import.meta.url
	)
);
const transform = tldrawShapesToMount().transform as (code: string, id: string) => { code: string } | null;

describe('tldraw’s canvas mounts the shapes Werkbord chooses', () => {
	it('asks `shapesToMount` in place of every shape on the page, and only there', () => {
		const published = readFileSync(MODULE, 'utf8');
		const { code } = transform(published, MODULE)!;
		const shapesToDisplay = code.slice(code.indexOf('function ShapesToDisplay()'));
		expect(shapesToDisplay.slice(0, 200)).toContain('() => shapesToMount(editor)');
		expect(code).toMatch(/^import \{ shapesToMount \} from ".*far-notes\.ts";/);
		// The debugging view of shapes as SVG, and the rest of the module, as published.
		const calls = (text: string) => text.split('editor.getRenderingShapes()').length - 1;
		expect(calls(code)).toBe(calls(published) - 1);
	});

	it('leaves other modules alone and stops the build when tldraw changes the component', () => {
		expect(
			transform('export {}', '/x/node_modules/@tldraw/editor/dist-esm/lib/editor/Editor.mjs')
		).toBeNull();
		expect(() => transform('function ShapesToDisplay() {}', MODULE)).toThrow(/changed its ShapesToDisplay/);
	});
});
