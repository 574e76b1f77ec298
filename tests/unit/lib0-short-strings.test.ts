import { fileURLToPath } from 'node:url';
import * as encoding from 'lib0/encoding';
import * as string from 'lib0/string';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { lib0ShortStrings } from '../../vite/lib0-short-strings.ts';
import { loadModule, removePatchedCopies } from '../support/patched-module.ts';

type Decoding = typeof import('lib0/decoding');
const DECODING = fileURLToPath(new URL('../../node_modules/lib0/decoding.js', import.meta.url));
const load = (patched: boolean) => loadModule<Decoding>(DECODING, patched ? lib0ShortStrings() : null);
afterAll(removePatchedCopies);
afterEach(() => vi.restoreAllMocks());

const STRINGS = [
	'',
	'x',
	'props',
	'shape:abc123',
	'a'.repeat(64),
	'b'.repeat(65),
	'Één koffie €',
	'🚀 launch',
	'c'.repeat(5000)
];

/** Every string read back in turn, with what the decoder had left after each. */
function readAll(decoding: Decoding, bytes: Uint8Array) {
	const decoder = decoding.createDecoder(bytes);
	return STRINGS.map(() => [decoding.readVarString(decoder), decoder.pos] as const);
}

describe('lib0 reads short ASCII strings without TextDecoder', () => {
	const encoder = encoding.createEncoder();
	for (const text of STRINGS) encoding.writeVarString(encoder, text);
	const bytes = encoding.toUint8Array(encoder);

	it('reads every string, short or long, ASCII or not, as published', async () => {
		const [published, patched] = await Promise.all([load(false), load(true)]);
		expect(readAll(patched, bytes)).toEqual(readAll(published, bytes));
		expect(readAll(patched, bytes).map(([text]) => text)).toEqual(STRINGS);
	});

	it('leaves TextDecoder the strings that are long or not ASCII', async () => {
		const patched = await load(true);
		const decode = vi.spyOn(string.utf8TextDecoder!, 'decode');
		readAll(patched, bytes);
		// 'b' × 65, the two with non-ASCII characters and 'c' × 5000.
		expect(decode).toHaveBeenCalledTimes(4);
	});

	it('rejects malformed UTF-8 and a length past the end, as published', async () => {
		const patched = await load(true);
		const malformed = new Uint8Array([3, 0x61, 0xff, 0x62]);
		expect(() => patched.readVarString(patched.createDecoder(malformed))).toThrow(TypeError);
		const cut = new Uint8Array([10, 0x61, 0x62]);
		expect(() => patched.readVarString(patched.createDecoder(cut))).toThrow(/Unexpected end of array/);
	});

	it('stops the build when lib0 changes the function', () => {
		const transform = lib0ShortStrings().transform as (code: string, id: string) => unknown;
		expect(transform('export {}', '/x/node_modules/lib0/encoding.js')).toBeNull();
		expect(() => transform('export const readVarString = x', DECODING)).toThrow(/changed its readVarString/);
	});
});
