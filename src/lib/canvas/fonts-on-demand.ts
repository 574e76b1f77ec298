import type { Editor, TLFontFace } from '@tldraw/tldraw';

/**
 * Leaves tldraw's fonts to be loaded when a shape needs them. tldraw asks for all sixteen faces of
 * its four families as it mounts (1.3 MiB, most never drawn on a board); each shape asks for its own
 * faces when it renders (tldraw's Shape component), so dropping that first request loads just the
 * faces the board uses. The request is queued for a microtask, and `onMount` runs before it: this
 * empties the queue (a private field of tldraw 3.15's FontManager, pinned in package.json).
 */
export function loadFontsOnDemand(editor: Editor): void {
	const queued = (editor.fonts as unknown as { fontsToLoad?: Set<TLFontFace> }).fontsToLoad;
	queued?.clear();
}
