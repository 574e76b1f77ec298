import type { Editor, TLShape } from '@tldraw/tldraw';

/** The areas of a board (its frames and the StepFree ring) in reading order: by row, then left to right. */
export function areasInReadingOrder(editor: Editor): TLShape[] {
	return editor
		.getCurrentPageShapesSorted()
		.filter((shape) => shape.type === 'frame' || shape.type === 'stepfree-ring')
		.map((shape) => ({ shape, bounds: editor.getShapePageBounds(shape)! }))
		.sort((a, b) => Math.round(a.bounds.y - b.bounds.y) || a.bounds.x - b.bounds.x)
		.map(({ shape }) => shape);
}

/** What an area is called on the board, as the viewer reads it: a frame's name; the ring is the model's name. */
export function areaTitle(editor: Editor, shape: TLShape): string {
	if (shape.type === 'stepfree-ring') return 'StepFree';
	return editor.getShapeUtil(shape).getText(shape) ?? shape.type;
}
