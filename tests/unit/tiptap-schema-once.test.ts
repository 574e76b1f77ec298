import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tiptapSchemaOnce } from '../../vite/tiptap-schema-once.ts';
import { loadModule, removePatchedCopies } from '../support/patched-module.ts';

type Tiptap = typeof import('@tiptap/core');
const CORE = fileURLToPath(new URL('../../node_modules/@tiptap/core/dist/index.js', import.meta.url));

/** @tiptap/core as the build serves it (patched) or as published. */
const loadTiptap = (patched: boolean) => loadModule<Tiptap>(CORE, patched ? tiptapSchemaOnce() : null);
afterAll(removePatchedCopies);

/** A minimal schema whose building is counted (tiptap asks each extension for its global attributes). */
function countedExtensions(tiptap: Tiptap) {
	const built = { times: 0 };
	const extensions = [
		tiptap.Node.create({ name: 'doc', topNode: true, content: 'paragraph+' }),
		tiptap.Node.create({ name: 'paragraph', group: 'block', content: 'text*' }),
		tiptap.Node.create({ name: 'text', group: 'inline' }),
		tiptap.Extension.create({
			name: 'counter',
			addGlobalAttributes() {
				built.times++;
				return [];
			}
		})
	];
	return { built, extensions };
}

const note = (text: string) => ({
	type: 'doc',
	content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
});

describe('tiptap builds a schema once per list of extensions', () => {
	it('reads the plain text of many notes with one schema, and the same text as before', async () => {
		const published = await loadTiptap(false);
		const patched = await loadTiptap(true);
		const before = countedExtensions(published);
		const after = countedExtensions(patched);
		for (const text of ['Idee 1', 'Idee 2', 'Idee 3']) {
			expect(patched.generateText(note(text), after.extensions)).toBe(
				published.generateText(note(text), before.extensions)
			);
		}
		expect(before.built.times).toBe(3);
		expect(after.built.times).toBe(1);
		// Another list of extensions gets a schema of its own.
		patched.generateText(note('Idee 4'), [...after.extensions]);
		expect(after.built.times).toBe(2);
	});

	it('stops the build when tiptap changes the functions it patches', () => {
		const transform = tiptapSchemaOnce().transform as (code: string, id: string) => unknown;
		expect(() => transform('export function generateText() {}', CORE)).toThrow(/changed its generateHTML/);
	});
});
