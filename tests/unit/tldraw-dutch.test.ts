import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tldrawDutch } from '../../src/lib/canvas/tldraw-dutch.ts';

const require = createRequire(import.meta.url);
const english = require('@tldraw/assets/translations/main.json') as Record<string, string>;
const dutch = require('@tldraw/assets/translations/nl.json') as Record<string, string>;

describe('tldraw in Dutch', () => {
	it('has a Dutch word for everything tldraw says, so no English shows through', () => {
		const ours = tldrawDutch.translations!.nl!;
		const missing = Object.keys(english).filter((key) => !(key in dutch) && !(key in ours));
		expect(missing).toEqual([]);
		// Only gaps are filled: tldraw's own translation stays where it has one.
		expect(Object.keys(ours).filter((key) => key in dutch)).toEqual([]);
	});
});
