import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const written: string[] = [];

/**
 * A dependency's module as the build serves it (transformed by `plugin`) or as published, loaded
 * from a copy beside the original, so that its own imports resolve as they do there. Call
 * `removePatchedCopies` after the tests.
 */
export async function loadModule<T>(path: string, plugin: Plugin | null): Promise<T> {
	const original = readFileSync(path, 'utf8');
	const transform = plugin?.transform as ((code: string, id: string) => { code: string } | null) | undefined;
	const code = transform ? transform(original, path)!.code : original;
	const copy = path.replace(/(\.m?js)$/, `.werkbord-test-${randomUUID()}$1`);
	writeFileSync(copy, code);
	written.push(copy);
	return (await import(pathToFileURL(copy).href)) as T;
}

export function removePatchedCopies(): void {
	written.splice(0).forEach((file) => rmSync(file, { force: true }));
}
