import { useLayoutEffect, useState, type JSX } from 'react';
import {
	LABEL_FONT_SIZES,
	getDefaultColorTheme,
	track,
	useValue,
	type Editor,
	type TLNoteShape
} from '@tldraw/tldraw';
import { noteSize } from './deferred-label.ts';
import { textByFramesOf } from './text-by-frames.ts';

/** Below this many screen pixels a note's text cannot be read, so it is not drawn. */
const SMALLEST_READABLE_TEXT_PX = 4;

/**
 * How a note is drawn. A plain coloured square when its text would be too small to read, or it is
 * out of view (culled), and it is not being edited or the only one selected: a board of 2,000
 * notes fitted to the screen draws them at about 8%, and drawing the text of each (tldraw's
 * rich-text label) was most of opening it. With its text at once (`full-now`) when someone works
 * on it; otherwise (`full`) as soon as the frame has room (text-by-frames.ts). Plain ones carry
 * the theme, so that a plain note needs no hook of its own: each subscription costs, and a fitted
 * big board has thousands of plain notes.
 */
type NoteLook = 'full-now' | 'full' | 'plain-light' | 'plain-dark';

function lookOf(editor: Editor, shape: TLNoteShape): NoteLook {
	if (editor.getEditingShapeId() === shape.id || editor.getOnlySelectedShapeId() === shape.id)
		return 'full-now';
	const { fontSizeAdjustment, size, scale } = shape.props;
	const readable =
		!editor.getCulledShapes().has(shape.id) &&
		(fontSizeAdjustment || LABEL_FONT_SIZES[size]) * scale * editor.getZoomLevel() >=
			SMALLEST_READABLE_TEXT_PX;
	if (readable) return 'full';
	return editor.user.getIsDarkMode() ? 'plain-dark' : 'plain-light';
}

/** A note as a coloured square, as tldraw draws it zoomed out (no shadow, a bottom edge), without text. */
function PlainNote({ shape, dark }: { shape: TLNoteShape; dark: boolean }) {
	const theme = getDefaultColorTheme({ isDarkMode: dark });
	const { color, scale } = shape.props;
	const { w, h } = noteSize(shape);
	return (
		<div
			id={shape.id}
			className="tl-note__container"
			data-drawn="plain"
			style={{
				width: w,
				height: h,
				backgroundColor: theme[color].note.fill,
				borderBottom: `${2 * scale}px solid ${dark ? 'rgb(20, 20, 20)' : 'rgb(144, 144, 144)'}`
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
