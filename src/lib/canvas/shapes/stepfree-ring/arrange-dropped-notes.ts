import type { Editor, TLNoteShape, TLShape } from '@tldraw/tldraw';
import { arrangeStep, stepKeepOut } from './ring-arrangement.ts';
import { LABEL_WIDTH } from './ring-dimensions.ts';
import { segmentAt } from './ring-geometry.ts';
import type { RingShape } from './ring-shape-props.ts';

const isNote = (shape: TLShape | undefined): shape is TLNoteShape => shape?.type === 'note';

/** The step a child of the ring is on, by its middle. */
function stepOf(editor: Editor, ring: RingShape, shape: TLShape): number | null {
	const { center } = editor.getShapeGeometry(shape).bounds;
	const step = segmentAt(shape.x + center.x, shape.y + center.y, ring.props.size);
	return typeof step === 'number' ? step : null;
}

/** A step's label as drawn (RingView), or about its size when it is not on screen. */
function labelSize(editor: Editor, ring: RingShape, step: number): { w: number; h: number } {
	const label = editor
		.getContainer()
		.querySelector<HTMLElement>(`[data-shape-id="${ring.id}"] [data-testid="ring-label-${step}"]`);
	if (label) return { w: label.offsetWidth, h: label.offsetHeight };
	return { w: ring.props.size * LABEL_WIDTH, h: ring.props.size * 0.13 };
}

/**
 * After notes are dropped on the ring, the notes of each step they landed on are laid out again
 * (ring-arrangement.ts) so that none covers another, or the step's number, title or count.
 */
export function arrangeDroppedNotes(editor: Editor, ring: RingShape, dropped: TLShape[]): void {
	const steps = new Set<number>();
	for (const { id } of dropped) {
		const shape = editor.getShape(id);
		if (!isNote(shape) || shape.parentId !== ring.id) continue;
		const step = stepOf(editor, ring, shape);
		if (step !== null) steps.add(step);
	}
	for (const step of steps) {
		const notes = editor
			.getSortedChildIdsForParent(ring.id)
			.map((id) => editor.getShape(id))
			.filter((shape): shape is TLNoteShape => isNote(shape) && stepOf(editor, ring, shape) === step);
		const placements = arrangeStep(
			ring.props.size,
			step,
			notes.map((note) => {
				const { w, h } = editor.getShapeGeometry(note).bounds;
				return { id: note.id, x: note.x, y: note.y, w: w / note.props.scale, h: h / note.props.scale };
			}),
			stepKeepOut(ring.props.size, step, labelSize(editor, ring, step))
		);
		editor.updateShapes(
			placements.map(({ id, x, y, scale }) => ({
				id: id as TLNoteShape['id'],
				type: 'note',
				x,
				y,
				props: { scale }
			}))
		);
	}
}
