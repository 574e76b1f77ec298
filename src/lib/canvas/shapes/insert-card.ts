import { createShapeId, type Editor, type TLShapePartial } from '@tldraw/tldraw';
import type { CardType } from './cards.ts';

/** Adds an empty card of `type` in the middle of the view, selected and open for editing. */
export function insertCard(editor: Editor, type: CardType): void {
	const id = createShapeId();
	const center = editor.getViewportPageBounds().center;
	editor.markHistoryStoppingPoint('insert card');
	editor.createShape({ id, type, x: center.x - 160, y: center.y - 200 } as TLShapePartial);
	editor.select(id);
	editor.setEditingShape(id);
}
