import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { noUnresolvedNames, unresolvedNames } from '../../vite/no-unresolved-names.ts';

const PLATFORM = new Set(['document', 'window', 'Promise', 'console', 'undefined']);

describe('names a built chunk reads that nothing defines', () => {
	it('finds a read of a name neither the module nor the platform defines', () => {
		const code = `import { shapeOf } from './shapes.js';
			export function mask(note) { return isPageId(note.parentId) ? null : shapeOf(note).mask; }`;
		expect(unresolvedNames(code, PLATFORM)).toEqual(['isPageId']);
	});

	it('passes imports, declarations, parameters and what the platform defines', () => {
		const code = `import * as tl from './tldraw.js';
			const x = 1;
			function f(a = x, { b } = {}) { const x = 2; return a + b + x + tl.isPageId(a); }
			class C { m() { return document.title + window.name; } }
			export default Promise.resolve(f(new C())).then(console.log);`;
		expect(unresolvedNames(code, PLATFORM)).toEqual([]);
	});

	it('passes a library’s feature detection: a name tested with typeof, or read inside try', () => {
		const code = `export const runtime = typeof Bun.version === 'string' ? Bun.version : null;
			export const nonce = typeof __webpack_nonce__ < 'u' ? __webpack_nonce__ : undefined;
			export function gestures() { try { return 'constructor' in GestureEvent; } catch { return false; } }
			export function raf() { return requestFrame(); }`;
		expect(unresolvedNames(code, PLATFORM)).toEqual(['requestFrame']);
	});
});

describe('the build check', () => {
	const dir = mkdtempSync(join(tmpdir(), 'werkbord-names-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const buildEntry = (code: string) => {
		writeFileSync(join(dir, 'entry.js'), code);
		return build({
			root: dir,
			configFile: false,
			logLevel: 'silent',
			plugins: [noUnresolvedNames()],
			build: { outDir: join(dir, 'out'), lib: { entry: join(dir, 'entry.js'), formats: ['es'] } }
		});
	};

	it('fails a build whose output reads a name nothing defines, naming it and the chunk', async () => {
		await expect(buildEntry('export const open = (note) => lostImport(note);')).rejects.toThrow(
			/entry\.mjs reads lostImport, which nothing in it or the platform defines/
		);
	});

	it('lets a build through whose names all resolve', async () => {
		await expect(
			buildEntry('export const open = (note) => document.getElementById(note);')
		).resolves.toBeDefined();
	});
});
