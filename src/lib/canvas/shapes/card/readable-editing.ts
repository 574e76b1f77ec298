import { Box, type Editor, type TLShapeId } from '@tldraw/tldraw';
import { CARDS } from '../cards.ts';

/** Below this zoom a card's fields are too small to fill in. */
const READABLE_ZOOM = 0.8;
const MARGIN = 24;
/** tldraw's page menu sits over the canvas's top-left corner: a card keeps this much room above it (screen pixels). */
export const PAGE_MENU_CLEARANCE = 64;
/** A card taller than this needs only its top in view to start typing. */
const SEEN_HEIGHT = 600;

/** Brings the top of a card into view at 100% (or as close as the screen allows). */
export function showCardReadable(editor: Editor, id: TLShapeId): void {
	const bounds = editor.getShapePageBounds(id);
	if (!bounds) return;
	editor.zoomToBounds(
		new Box(
			bounds.x - MARGIN,
			bounds.y - PAGE_MENU_CLEARANCE,
			bounds.w + 2 * MARGIN,
			Math.min(bounds.h, SEEN_HEIGHT) + PAGE_MENU_CLEARANCE
		),
		{ targetZoom: 1, animation: { duration: 300 } }
	);
}

/**
 * Whenever someone starts editing a card while zoomed out too far to read its fields, the view
 * comes to the card; zooming out again while editing is theirs to do.
 */
export function keepEditedCardsReadable(editor: Editor): () => void {
	return editor.sideEffects.registerAfterChangeHandler('instance_page_state', (prev, next) => {
		const id = next.editingShapeId;
		if (!id || id === prev.editingShapeId || editor.getZoomLevel() >= READABLE_ZOOM) return;
		const shape = editor.getShape(id);
		if (shape && CARDS.some((card) => card.type === shape.type)) showCardReadable(editor, id);
	});
}
