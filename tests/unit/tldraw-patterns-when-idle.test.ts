import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tldrawPatternsWhenIdle } from '../../vite/tldraw-patterns-when-idle.ts';

const MODULE = fileURLToPath(
	new URL('../../node_modules/tldraw/dist-esm/lib/shapes/shared/defaultStyleDefs.mjs', import.meta.url)
);
const transform = tldrawPatternsWhenIdle().transform as (code: string, id: string) => { code: string } | null;

// That the hatch is still made in a browser: tests/e2e/big-board.spec.ts.
describe('tldraw’s hatch pattern is painted when the page is idle', () => {
	it('waits for an idle moment before each image, and paints it as tldraw did', () => {
		const published = readFileSync(MODULE, 'utf8');
		const { code } = transform(published, MODULE)!;
		expect(code).toContain('whenIdle().then(() => generateImageNow(dpr, currentZoom, darkMode))');
		// Werkbord's one idle wait (src/lib/when-idle.ts), as the board's local copy uses it.
		expect(code).toMatch(/^import \{ whenIdle \} from ".*when-idle\.ts";/);
		// The painting itself as published, under its new name.
		const body = (text: string, name: string) =>
			text.slice(text.indexOf(`const ${name} = `)).split('\n};\n')[0]!;
		expect(body(code, 'generateImageNow').replace('generateImageNow', 'generateImage')).toBe(
			body(published, 'generateImage')
		);
	});

	it('leaves other modules alone and stops the build when tldraw changes the function', () => {
		expect(
			transform('export {}', '/x/node_modules/tldraw/dist-esm/lib/shapes/geo/GeoShapeUtil.mjs')
		).toBeNull();
		expect(() => transform('const generateImage = () => {}', MODULE)).toThrow(/changed its generateImage/);
	});
});
