import { memo, useRef } from 'react';
import {
	Box,
	Mat,
	Vec,
	useEditor,
	useReactor,
	useValue,
	isPageId,
	type Editor,
	type TLNoteShape
} from '@tldraw/tldraw';
import { noteSize } from './deferred-label.ts';
import { plainNoteColours } from './distant-note.tsx';
import { notesFromAfar, paintsNotesFromAfar, type FarLayer } from './far-notes.ts';
import './far-notes.css';

/** A canvas is at most this many pixels wide or high; a bigger layer is painted at a lower resolution. */
const LARGEST_CANVAS_PX = 4096;

/** The notes tldraw does not mount (far-notes.ts), painted: one canvas per layer, among tldraw's shapes. */
export function FarNotesLayer() {
	const editor = useEditor();
	// Rendered again only when layers come or go; a layer's notes are painted by its own reactor.
	const places = useValue(
		'far note layers',
		() =>
			notesFromAfar(editor)
				.layers.map((layer) => layer.zIndex)
				.join(' '),
		[editor]
	);
	const away = useValue('far notes away', () => notesFromAfar(editor).away, [editor]);
	// Not positioned: the layers take their places among tldraw's shapes, not inside this element.
	return (
		<div className="werkbord-far-notes-layers" data-away={away}>
			{places
				.split(' ')
				.filter(Boolean)
				.map((place) => (
					<FarNotes key={place} zIndex={Number(place)} />
				))}
		</div>
	);
}

const FarNotes = memo(function FarNotes({ zIndex }: { zIndex: number }) {
	const editor = useEditor();
	const canvas = useRef<HTMLCanvasElement>(null);
	// At most once a frame: a busy board changes many times a second, each a paint of every note.
	useReactor(
		'paint far notes',
		() => {
			const layer = notesFromAfar(editor).layers.find((each) => each.zIndex === zIndex);
			if (canvas.current && layer) paint(editor, canvas.current, layer);
		},
		[editor, zIndex]
	);
	return <canvas ref={canvas} className="werkbord-far-notes" aria-hidden="true" style={{ zIndex }} />;
});

/** A note to paint: its record, where it is on the page, and how it is seen. */
interface Placed {
	note: TLNoteShape;
	transform: Mat;
	opacity: number;
	w: number;
	h: number;
}

/**
 * The layer's notes where they are. Their bounds come from the page transforms painting needs
 * anyway, not from tldraw's `getShapePageBounds`: that reads one more computed value per note
 * (with its geometry), 20–40 ms a paint on a board of 2,000 on this 2-core machine.
 */
function placeNotes(editor: Editor, layer: FarLayer): { notes: Placed[]; bounds: Box } {
	const notes: Placed[] = [];
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { id, opacity } of layer.notes) {
		const note = editor.getShape<TLNoteShape>(id);
		const transform = editor.getShapePageTransform(id);
		if (!note || !transform) continue;
		const { w, h } = noteSize(note);
		notes.push({ note, transform, opacity, w, h });
		const corners = [new Vec(0, 0), new Vec(w, 0), new Vec(0, h), new Vec(w, h)];
		for (const { x, y } of Mat.applyToPoints(transform, corners)) {
			[minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
		}
	}
	return { notes, bounds: notes.length ? new Box(minX, minY, maxX - minX, maxY - minY) : new Box() };
}

function overlap(a: Box, b: Box): Box {
	const [x, y] = [Math.max(a.minX, b.minX), Math.max(a.minY, b.minY)];
	return new Box(x, y, Math.max(0, Math.min(a.maxX, b.maxX) - x), Math.max(0, Math.min(a.maxY, b.maxY) - y));
}

/**
 * Paints a layer's notes as tldraw draws a note zoomed out (`plainNoteColours`): its
 * colour, a darker bottom edge, its rotation, opacity and the frame that clips it. The canvas
 * covers the notes' bounds within the view, in page units (tldraw's layer scales it with the
 * camera), with a pixel per screen pixel.
 */
function paint(editor: Editor, canvas: HTMLCanvasElement, layer: FarLayer): void {
	const context = canvas.getContext('2d');
	if (!context) return;
	const { notes, bounds } = placeNotes(editor, layer);
	const view = overlap(bounds, editor.getViewportPageBounds());
	const pixels = Math.min(
		editor.getZoomLevel() * editor.getInstanceState().devicePixelRatio,
		LARGEST_CANVAS_PX / Math.max(view.w, view.h, 1)
	);
	const [width, height] = [Math.ceil(view.w * pixels), Math.ceil(view.h * pixels)];
	if (canvas.width !== width) canvas.width = width;
	if (canvas.height !== height) canvas.height = height;
	const place = {
		transform: `translate(${view.x}px, ${view.y}px)`,
		width: `${view.w}px`,
		height: `${view.h}px`
	};
	// Styles set only when they change: a style set is a style recalculation, many times a second.
	for (const [property, value] of Object.entries(place) as [keyof typeof place, string][])
		if (canvas.style[property] !== value) canvas.style[property] = value;
	context.resetTransform();
	context.clearRect(0, 0, width, height);
	if (!paintsNotesFromAfar(editor)) return;
	const dark = editor.user.getIsDarkMode();
	const colours = new Map<string, ReturnType<typeof plainNoteColours>>();
	const onCanvas = (x: number, y: number) => [pixels * (x - view.x), pixels * (y - view.y)] as const;
	for (const { note, transform, opacity, w, h } of notes) {
		// Only a frame around it clips a note: one on the page has nothing to ask for.
		const mask = isPageId(note.parentId) ? undefined : editor.getShapeMask(note.id);
		if (mask) {
			context.save();
			context.resetTransform();
			context.beginPath();
			for (const point of mask) context.lineTo(...onCanvas(point.x, point.y));
			context.clip();
		}
		context.globalAlpha = opacity;
		const { a, b, c, d, e, f } = transform;
		context.setTransform(pixels * a, pixels * b, pixels * c, pixels * d, ...onCanvas(e, f));
		const edgeHeight = 2 * note.props.scale;
		let colour = colours.get(note.props.color);
		if (!colour) colours.set(note.props.color, (colour = plainNoteColours(note, dark)));
		context.fillStyle = colour.fill;
		context.fillRect(0, 0, w, h - edgeHeight);
		context.fillStyle = colour.edge;
		context.fillRect(0, h - edgeHeight, w, edgeHeight);
		if (mask) context.restore();
	}
	canvas.dataset.notes = String(layer.notes.length);
}
