import { Box, createShapeId, type Editor, type TLShapePartial } from '@tldraw/tldraw';
import { PAGE_MENU_CLEARANCE, showCardReadable } from './card/readable-editing.ts';
import { CARDS, type CardType } from './cards.ts';

const GAP = 24;

/**
 * Where a card of this size fits in the view without covering anything: the free spot nearest the
 * middle of the view (a card taller than the view needs only its top part in it), or else just
 * right of everything on the page.
 */
function freeSpot(editor: Editor, w: number, h: number): { spot: Box; inView: boolean } {
	const view = editor.getViewportPageBounds();
	const taken = [...editor.getCurrentPageShapeIds()]
		.map((id) => editor.getShapePageBounds(id))
		.filter((bounds): bounds is Box => bounds !== undefined)
		.map((bounds) => bounds.clone().expandBy(GAP));
	const top = view.minY + Math.max(GAP, PAGE_MENU_CLEARANCE / editor.getZoomLevel());
	// A card taller than the view needs only its top part in it.
	const seen = Math.min(h, view.maxY - top - GAP);
	const fits = (box: Box) =>
		view.contains(new Box(box.x, box.y, box.w, seen)) && !taken.some((other) => other.collides(box));
	// About 40 × 40 places to try at most, however far out the view is zoomed.
	const step = Math.max(w / 4, view.w / 40, view.h / 40);
	const candidates: Box[] = [];
	for (let y = top; y + seen <= view.maxY - GAP; y += step)
		for (let x = view.minX + GAP; x + w < view.maxX; x += step) candidates.push(new Box(x, y, w, h));
	const middle = view.center;
	candidates.sort((a, b) => a.center.dist(middle) - b.center.dist(middle));
	const free = candidates.find(fits);
	if (free) return { spot: free, inView: true };
	const content = editor.getCurrentPageBounds() ?? view;
	return { spot: new Box(content.maxX + GAP * 2, content.minY, w, h), inView: false };
}

/**
 * Adds an empty card of `type` on free space in the view (on the page itself, so no frame clips
 * it) and opens it for editing, which brings it to a readable size (card/readable-editing.ts).
 */
export function insertCard(editor: Editor, type: CardType): void {
	const id = createShapeId();
	const card = CARDS.find((c) => c.type === type)!;
	const { w, h } = card.defaultProps();
	const { spot, inView } = freeSpot(editor, w, h);
	editor.markHistoryStoppingPoint('insert card');
	editor.createShape({
		id,
		type,
		parentId: editor.getCurrentPageId(),
		x: spot.x,
		y: spot.y
	} as TLShapePartial);
	editor.select(id);
	if (!inView) showCardReadable(editor, id);
	editor.setEditingShape(id);
}
