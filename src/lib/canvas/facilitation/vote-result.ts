import { createShapeId, toRichText, type Editor, type TLShapeId } from '@tldraw/tldraw';
import type { VoteScope } from '../../facilitation/facilitation-commands.ts';

/** What a facilitator's vote is about: the one selected frame, the selected shapes, or the board. */
export function scopeFromSelection(editor: Editor): VoteScope {
	const selected = editor.getSelectedShapes();
	if (selected.length === 1 && selected[0]!.type === 'frame')
		return { kind: 'frame', frame: selected[0]!.id };
	if (selected.length > 0) return { kind: 'shapes', shapes: selected.map((shape) => shape.id) };
	return { kind: 'board' };
}

/** The words of an item on the ranking: its text, or its kind when it has none. */
export function shapeLabel(editor: Editor, id: string): string {
	const shape = editor.getShape(id as TLShapeId);
	if (!shape) return '—';
	const text = editor.getShapeUtil(shape).getText(shape)?.trim();
	if (text) return text;
	const props = shape.props as Record<string, unknown>;
	const named = ['name', 'title', 'statement', 'network', 'risk'].map((key) => props[key]);
	return (
		named.find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? shape.type
	);
}

const NOTE = 200;
const GAP = 15;

/**
 * Keeps a vote's ranking on the board: a frame to the right of everything, with a note per item
 * ("3× …"), most dots first.
 */
export function keepRanking(editor: Editor, title: string, rows: { target: string; count: number }[]): void {
	const content = editor.getCurrentPageBounds();
	const x = (content?.maxX ?? 0) + 200;
	const y = content?.minY ?? 0;
	const frameId = createShapeId();
	editor.markHistoryStoppingPoint('keep vote result');
	editor.run(() => {
		editor.createShape({
			id: frameId,
			type: 'frame',
			x,
			y,
			props: { w: NOTE + 2 * 40, h: 120 + rows.length * (NOTE + GAP), name: title }
		});
		editor.createShapes(
			rows.map((row, i) => ({
				type: 'note',
				parentId: frameId,
				x: 40,
				y: 80 + i * (NOTE + GAP),
				props: { richText: toRichText(`${row.count}× ${shapeLabel(editor, row.target)}`), size: 's' }
			}))
		);
	});
	editor.select(frameId);
	editor.zoomToSelection({ animation: { duration: 300 } });
}
