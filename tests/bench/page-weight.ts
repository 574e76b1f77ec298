/**
 * How much JavaScript the board page needs before its shell (header, participants, connection
 * state) is interactive: the static imports of SvelteKit's entry points and the board route, as the
 * production build's manifest lists them. The canvas (tldraw) must be a dynamic import, fetched
 * after the shell is up. Run after `npm run build`:
 *
 *   npm run bench:page
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CANVAS = 'src/lib/canvas/mount-board.tsx';

interface Chunk {
	file: string;
	isEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
}

const manifest = JSON.parse(
	readFileSync(`${ROOT}.svelte-kit/output/client/.vite/manifest.json`, 'utf8')
) as Record<string, Chunk>;

function closure(keys: string[]): Set<string> {
	const seen = new Set<string>();
	const walk = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		for (const next of manifest[key]?.imports ?? []) walk(next);
	};
	keys.forEach(walk);
	return seen;
}

const size = (file: string, suffix = '') => {
	try {
		return statSync(`${ROOT}build/client/${file}${suffix}`).size;
	} catch {
		return 0;
	}
};
function weigh(keys: Set<string>) {
	const files = [...keys].map((key) => manifest[key]!.file);
	const sum = (suffix: string) => files.reduce((total, file) => total + size(file, suffix), 0);
	return { files: files.length, raw: sum(''), gzip: sum('.gz'), brotli: sum('.br') };
}

const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry && !key.includes('/nodes/'));
const boardNode = Object.keys(manifest).find((key) => manifest[key]!.dynamicImports?.includes(CANVAS));
if (!boardNode) throw new Error(`no route imports ${CANVAS} dynamically: is the canvas loaded statically?`);
const shell = closure([...entries, boardNode]);
const canvas = new Set([...closure([CANVAS])].filter((key) => !shell.has(key)));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

console.log('| JavaScript | files | raw | gzip | brotli |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, keys] of [
	['before the board shell is interactive', shell],
	['the canvas, loaded after it', canvas]
] as const) {
	const w = weigh(keys);
	console.log(`| ${name} | ${w.files} | ${kib(w.raw)} | ${kib(w.gzip)} | ${kib(w.brotli)} |`);
}
