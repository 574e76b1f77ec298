import type { Editor, TLShape, TLUiOverrides } from '@tldraw/tldraw';
import { isLockedRecord } from '../../facilitation/locks.ts';

/**
 * For everyone but facilitators, shapes with Werkbord's lock (facilitation/locks.ts) cannot be
 * selected, changed or deleted from this canvas; the server undoes it if a client tries anyway.
 * Not selectable, so deleting a locked frame cannot take the notes inside with it.
 */
export function keepLockedShapes(editor: Editor): () => void {
	const isLocked = (id: TLShape['id']) => isLockedRecord(editor.getShape(id));
	const stopChange = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) =>
		source === 'user' && (isLockedRecord(prev) || isLockedRecord(next)) ? prev : next
	);
	const stopDelete = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) =>
		source === 'user' && isLockedRecord(shape) ? false : undefined
	);
	const stopSelect = editor.sideEffects.registerBeforeChangeHandler('instance_page_state', (_prev, next) =>
		next.selectedShapeIds.some(isLocked)
			? { ...next, selectedShapeIds: next.selectedShapeIds.filter((id) => !isLocked(id)) }
			: next
	);
	return () => {
		stopChange();
		stopDelete();
		stopSelect();
	};
}

/** Locks or unlocks the selected shapes with Werkbord's lock (a facilitator's action). */
export function setSelectionLocked(editor: Editor, locked: boolean): void {
	const shapes = editor.getSelectedShapes();
	editor.updateShapes(
		shapes.map((shape) => ({
			id: shape.id,
			type: shape.type,
			meta: { ...shape.meta, locked }
		}))
	);
}

/**
 * tldraw's own lock locks a frame's children too and stops notes from being dropped in, and any
 * participant could undo it: Werkbord's lock replaces it, so its actions are not offered.
 */
export const withoutTldrawLock: TLUiOverrides = {
	actions(_editor, actions) {
		delete actions['toggle-lock'];
		delete actions['unlock-all'];
		return actions;
	}
};
