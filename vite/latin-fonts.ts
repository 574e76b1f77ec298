import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('@tldraw/assets/package.json')), 'fonts');
const OUT = resolve('node_modules/.cache/werkbord-latin-fonts');

/**
 * What the subsets keep: Latin (Dutch, English and the other western and central European
 * languages), typographic quotes and dashes, the euro. Other scripts are drawn with the system's
 * sans-serif, tldraw's fallback in every font stack.
 */
const RANGES: [number, number][] = [
	[0x20, 0x7e], // Basic Latin
	[0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
	[0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
	[0x2030, 0x203a], // per mille, primes, angle quotes
	[0x20ac, 0x20ac], // €
	[0x2122, 0x2122], // ™
	[0x2190, 0x2193] // arrows
];
const LATIN = RANGES.flatMap(([from, to]) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
).join('');

async function isFresh(source: string, target: string): Promise<boolean> {
	try {
		return (await stat(target)).mtimeMs >= (await stat(source)).mtimeMs;
	} catch {
		return false;
	}
}

async function subsetAll(): Promise<void> {
	await mkdir(OUT, { recursive: true });
	for (const file of await readdir(FONTS)) {
		if (!file.endsWith('.woff2')) continue;
		const [source, target] = [join(FONTS, file), join(OUT, file)];
		if (await isFresh(source, target)) continue;
		const subset = await subsetFont(await readFile(source), LATIN, { targetFormat: 'woff2' });
		await writeFile(target, subset);
	}
}

/**
 * tldraw's font files cut down to Latin (a face from 46–155 KiB to about a third), made once into
 * node_modules/.cache and handed to tldraw's asset imports in their place, in dev and build alike.
 */
export function latinFonts(): Plugin {
	return {
		name: 'werkbord:latin-fonts',
		enforce: 'pre',
		async buildStart() {
			await subsetAll();
		},
		resolveId(source, importer) {
			if (!importer?.includes('@tldraw/assets') || !source.startsWith('./fonts/')) return null;
			const [file, query] = source.slice('./fonts/'.length).split('?');
			return `${join(OUT, file!)}${query ? `?${query}` : ''}`;
		}
	};
}
