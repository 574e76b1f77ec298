import type { Editor } from '@tldraw/tldraw';
import type * as Y from 'yjs';
import { bindStoreToDoc, PRIVATE_NOTES_DOC } from '../sync/yjs-binding.ts';

/**
 * During a private brainstorm, what this participant adds is marked private, so the binding puts
 * it in their private notes (facilitation/private-notes.ts) instead of the board.
 */
export function markNewShapesPrivate(editor: Editor, isOn: () => boolean): () => void {
	return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
		source === 'user' && isOn() ? { ...shape, meta: { ...shape.meta, private: true } } : shape
	);
}

/** Shows this participant's private notes on the canvas and saves theirs there. */
export const bindPrivateNotes = (editor: Editor, doc: Y.Doc) =>
	bindStoreToDoc(editor.store, doc, () => editor, PRIVATE_NOTES_DOC);
