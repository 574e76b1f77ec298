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

/**
 * Keeps sticky notes' geometry when a font starts or finishes loading. tldraw ties every shape's
 * geometry to the load state of its faces, so that its text is measured again in the face it is
 * drawn with. On a board of 2,000 notes every face a mounted shape asked for then rebuilt 2,000
 * geometries, their bounds, the culling and the painted layers, once when asked for and once when
 * loaded (30–50 ms each in a profile of an open). A note measures its label only when asked
 * (shapes/note/deferred-label.ts), and the label lies inside the filled note, so a hit test finds
 * the note whichever face its label was measured in. Other shapes (text, frames) still follow
 * their fonts.
 */
export function keepNoteGeometryAcrossFontLoads(editor: Editor): void {
	const { fonts } = editor;
	const track = fonts.trackFontsForShape.bind(fonts);
	fonts.trackFontsForShape = (shape) => {
		const record = typeof shape === 'string' ? editor.getShape(shape) : shape;
		if (record?.type !== 'note') track(shape);
	};
}
