// Imported by tldraw's own canvas (vite/tldraw-shapes-to-mount.ts), so it imports nothing from
// tldraw's editor at run time: a cycle back into its modules could reach them before they are set
// up. (@tldraw/state, its signals, imports none of them.)
import { atom, type Atom } from '@tldraw/state';
import type { Editor, TLNoteShape, TLRenderingShape, TLShapeId } from '@tldraw/tldraw';
import { TextByFrames } from './text-by-frames.ts';

/** Below this many screen pixels a note's text cannot be read, so it is not drawn. */
const SMALLEST_READABLE_TEXT_PX = 4;

/** tldraw 3.15's `LABEL_FONT_SIZES` (tests/unit/far-notes.test.ts holds us to them). */
export const NOTE_FONT_SIZES: Record<TLNoteShape['props']['size'], number> = { s: 18, m: 22, l: 26, xl: 32 };

/**
 * At most this many layers of notes painted from afar: a layer is one canvas, and a board whose
 * notes and other shapes alternate in their stacking order would otherwise ask for one per note.
 * Notes past the last layer are drawn by tldraw, as before.
 */
export const MOST_FAR_LAYERS = 16;

/**
 * Notes that tldraw mounts in one frame when they come close enough to read (or into view): zooming
 * in on a board of 2,000 notes brings hundreds at once (375 at 25%), and mounting them together
 * was one task of about 100 ms. The others stay painted, as squares, until a later frame.
 */
export const NOTES_MOUNTED_PER_FRAME = 25;

export function isNoteReadable(shape: TLNoteShape, zoom: number): boolean {
	const { fontSizeAdjustment, size, scale } = shape.props;
	return (fontSizeAdjustment || NOTE_FONT_SIZES[size]) * scale * zoom >= SMALLEST_READABLE_TEXT_PX;
}

/** Notes next to each other in the stacking order, painted together on one canvas at `zIndex`. */
export interface FarLayer {
	zIndex: number;
	/** Its notes in view, bottom first. */
	notes: TLRenderingShape[];
}

export interface NotesFromAfar {
	/** The shapes tldraw mounts, in its order (by id). */
	mounted: TLRenderingShape[];
	layers: FarLayer[];
	/** Notes neither mounted nor painted: out of view. */
	away: number;
}

type Inputs = readonly [
	TLRenderingShape[],
	Set<TLShapeId>,
	number,
	TLShapeId | null,
	TLShapeId | null,
	number
];

/** The notes close enough to mount that have been let in, a few a frame. */
interface Admission {
	admitted: Set<TLShapeId>;
	frames: TextByFrames;
	/** Moves on when more may be let in: what was laid out is laid out again. */
	round: Atom<number>;
	asked: boolean;
}

const admissions = new WeakMap<Editor, Admission>();
const lastLaidOut = new WeakMap<Editor, { inputs: Inputs; result: NotesFromAfar }>();

function admissionOf(editor: Editor): Admission {
	let admission = admissions.get(editor);
	if (!admission) {
		admission = {
			admitted: new Set(),
			frames: new TextByFrames(NOTES_MOUNTED_PER_FRAME),
			round: atom('far notes admitted', 0),
			asked: false
		};
		admissions.set(editor, admission);
	}
	return admission;
}

/** Canvases that ask which shapes to mount: only under those are notes painted from afar. */
const askingCanvases = new WeakSet<Editor>();

/**
 * Which notes tldraw does not mount, and how they are painted instead. tldraw 3.15 mounts a React
 * component, with its subscriptions and effects, for every shape on the page, in view or not, and
 * on a board of 2,000 notes fitted to the screen that was most of opening it (0.4 ms a note), for
 * notes a few pixels wide. A note whose text could not be read there, or that is out of view, and
 * that no one is editing or has selected alone, is now painted on a canvas (far-notes-layer.tsx)
 * as the coloured square it looked like anyway. Selection, hover and hit tests use the shapes'
 * geometry, not their elements, so they work as before. Consecutive such notes in the stacking
 * order share a layer, placed at the first one's z-index among tldraw's shapes, so a shape under
 * or over them stays under or over them.
 */
export function notesFromAfar(editor: Editor): NotesFromAfar {
	const admission = admissionOf(editor);
	const inputs: Inputs = [
		editor.getRenderingShapes(),
		editor.getCulledShapes(),
		editor.getZoomLevel(),
		editor.getEditingShapeId(),
		editor.getOnlySelectedShapeId(),
		admission.round.get()
	];
	const last = lastLaidOut.get(editor);
	if (last && inputs.every((input, i) => input === last.inputs[i])) return last.result;
	const [rendering, culled, zoom, editingId, onlySelectedId] = inputs;
	const result = keepMounted(
		layOut(admission, rendering, culled, zoom, editingId, onlySelectedId),
		last?.result
	);
	lastLaidOut.set(editor, { inputs, result });
	return result;
}

const paintOrders = new WeakMap<TLRenderingShape[], TLRenderingShape[]>();

/** The shapes bottom first (tldraw hands them over by id), sorted once per change of the page. */
function paintOrderOf(rendering: TLRenderingShape[]): TLRenderingShape[] {
	let order = paintOrders.get(rendering);
	if (!order) paintOrders.set(rendering, (order = [...rendering].sort((a, b) => a.index - b.index)));
	return order;
}

function layOut(
	admission: Admission,
	rendering: TLRenderingShape[],
	culled: Set<TLShapeId>,
	zoom: number,
	editingId: TLShapeId | null,
	onlySelectedId: TLShapeId | null
): NotesFromAfar {
	const painted = new Set<TLShapeId>();
	const layers: FarLayer[] = [];
	const admitted = new Set<TLShapeId>();
	let waiting = false;
	let away = 0;
	let layer: FarLayer | null = null;
	for (const drawn of paintOrderOf(rendering)) {
		const isCulled = culled.has(drawn.id);
		let far = false;
		if (drawn.shape.type === 'note' && drawn.id !== editingId && drawn.id !== onlySelectedId) {
			const near = !isCulled && isNoteReadable(drawn.shape as TLNoteShape, zoom);
			const letIn = near && (admission.admitted.has(drawn.id) || admission.frames.grantNow());
			if (letIn) admitted.add(drawn.id);
			waiting ||= near && !letIn;
			far = !letIn;
		}
		if (!far) {
			// A shape out of view is not displayed, so it comes between no notes.
			if (!isCulled) layer = null;
			continue;
		}
		if (!layer) {
			if (layers.length === MOST_FAR_LAYERS) continue;
			layers.push((layer = { zIndex: drawn.index, notes: [] }));
		}
		painted.add(drawn.id);
		if (isCulled) away++;
		else layer.notes.push(drawn);
	}
	admission.admitted = admitted;
	if (waiting && !admission.asked) {
		admission.asked = true;
		admission.frames.request(() => {
			admission.asked = false;
			admission.round.update((round) => round + 1);
		});
	}
	return {
		mounted: painted.size === 0 ? rendering : rendering.filter((drawn) => !painted.has(drawn.id)),
		layers: layers.filter((each) => each.notes.length > 0),
		away
	};
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
	a.length === b.length && a.every((item, i) => item === b[i]);

/** The previous list of shapes to mount if none in it changed: tldraw's canvas then does not render again. */
function keepMounted(next: NotesFromAfar, previous: NotesFromAfar | undefined): NotesFromAfar {
	if (!previous || next.mounted === previous.mounted || !sameItems(next.mounted, previous.mounted))
		return next;
	return { ...next, mounted: previous.mounted };
}

/** The shapes tldraw's canvas mounts: called there in place of `editor.getRenderingShapes()`. */
export function shapesToMount(editor: Editor): TLRenderingShape[] {
	askingCanvases.add(editor);
	return notesFromAfar(editor).mounted;
}

/** Whether this editor's canvas leaves notes from afar unmounted (not in a dev server's unpatched tldraw). */
export const paintsNotesFromAfar = (editor: Editor): boolean => askingCanvases.has(editor);
