import type { Plugin } from 'vite';

interface ModulePatch {
	/** The plugin's name. */
	name: string;
	/** The module patched, by its path. */
	module: RegExp;
	/** What the build says when the module no longer has what the patch changes: "tldraw changed its …". */
	changed: string;
	/** The file that holds the patch, named in that message. */
	file: string;
	/** The module's code patched, or null when what the patch changes is not there. */
	patch(code: string): string | null;
}

/**
 * A Vite plugin that changes one dependency module in the build, for what the dependency offers no
 * option for. The build fails, naming the patch, when an update of the dependency changed the code
 * it patches, rather than silently losing it.
 */
export function patchModule({ name, module, changed, file, patch }: ModulePatch): Plugin {
	return {
		name,
		transform(code, id) {
			if (!module.test(id)) return null;
			const patched = patch(code);
			if (patched === null) throw new Error(`${changed}: see ${file}`);
			return { code: patched, map: null };
		}
	};
}

/** `code` with the first `text` in it replaced, or null when it has none. */
export function replaceOnce(code: string, text: string, replacement: string): string | null {
	return code.includes(text) ? code.replace(text, () => replacement) : null;
}
