import { useLayoutEffect, useState, type JSX } from 'react';
import { getDefaultColorTheme, track, useValue, type Editor, type TLNoteShape } from '@tldraw/tldraw';
import { noteSize } from './deferred-label.ts';
import { isNoteReadable } from './far-notes.ts';
import { textByFramesOf } from './text-by-frames.ts';

/**
 * How a note that tldraw mounts is drawn. Most notes too small to read or out of view are not
 * mounted at all but painted (far-notes.ts); the rest are drawn here as a plain coloured square
 * while their text would be too small to read, or they are out of view (culled), and no one is
 * editing them or has selected them alone: drawing the text of each (tldraw's rich-text label) was
 * most of opening a big board. With its text at once (`full-now`) when someone works on it;
 * otherwise (`full`) as soon as the frame has room (text-by-frames.ts). Plain ones carry the theme,
 * so that a plain note needs no hook of its own: each subscription costs.
 */
type NoteLook = 'full-now' | 'full' | 'plain-light' | 'plain-dark';

function lookOf(editor: Editor, shape: TLNoteShape): NoteLook {
	if (editor.getEditingShapeId() === shape.id || editor.getOnlySelectedShapeId() === shape.id)
		return 'full-now';
	const readable = !editor.getCulledShapes().has(shape.id) && isNoteReadable(shape, editor.getZoomLevel());
	if (readable) return 'full';
	return editor.user.getIsDarkMode() ? 'plain-dark' : 'plain-light';
}

/** A plain note's colours: tldraw's fill, and the darker bottom edge tldraw draws zoomed out. */
export function plainNoteColours(shape: TLNoteShape, dark: boolean): { fill: string; edge: string } {
	return {
		fill: getDefaultColorTheme({ isDarkMode: dark })[shape.props.color].note.fill,
		edge: dark ? 'rgb(20, 20, 20)' : 'rgb(144, 144, 144)'
	};
}

/** A note as a coloured square, as tldraw draws it zoomed out (no shadow, a bottom edge), without text. */
function PlainNote({ shape, dark }: { shape: TLNoteShape; dark: boolean }) {
	const { fill, edge } = plainNoteColours(shape, dark);
	const { w, h } = noteSize(shape);
	return (
		<div
			id={shape.id}
			className="tl-note__container"
			data-drawn="plain"
			style={{
				width: w,
				height: h,
				backgroundColor: fill,
				borderBottom: `${2 * shape.props.scale}px solid ${edge}`
			}}
		/>
	);
}

/** tldraw's own note drawing, as a component of its own so that its hooks come and go with it. */
const FullNote = track(function FullNote({
	draw,
	shape
}: {
	draw(shape: TLNoteShape): JSX.Element;
	shape: TLNoteShape;
}) {
	return draw(shape);
});

/**
 * Draws a note: plainly when its text could not be read anyway (see `lookOf`), otherwise with
 * `draw` (tldraw's note component). Called from the util's `component`, so its hooks belong to
 * tldraw's shape wrapper, which re-renders only when the answer changes.
 */
export function useNoteAtAnyDistance(
	editor: Editor,
	shape: TLNoteShape,
	draw: (shape: TLNoteShape) => JSX.Element
): JSX.Element {
	const look = useValue('note look', () => lookOf(editor, shape), [editor, shape]);
	const queue = textByFramesOf(editor);
	const [textGranted, setTextGranted] = useState(
		() => look === 'full-now' || (look === 'full' && queue.grantNow())
	);
	useLayoutEffect(() => {
		// A note someone worked on keeps its text when they let go of it (no remount of its label).
		if (look === 'full-now') return setTextGranted(true);
		if (look !== 'full') return setTextGranted(false);
		if (!textGranted) return queue.request(() => setTextGranted(true));
	}, [look, queue, textGranted]);
	return look === 'full-now' || (look === 'full' && textGranted) ? (
		<FullNote draw={draw} shape={shape} />
	) : (
		<PlainNote shape={shape} dark={look === 'plain-dark'} />
	);
}
