import type { JSX } from 'react';
import {
	LABEL_FONT_SIZES,
	track,
	useDefaultColorTheme,
	useValue,
	type Editor,
	type TLNoteShape
} from '@tldraw/tldraw';
import { noteSize } from './deferred-label.ts';

/** Below this many screen pixels a note's text cannot be read, so it is not drawn. */
const SMALLEST_READABLE_TEXT_PX = 4;

/**
 * Whether a note is drawn as a plain coloured square: its text would be too small to read, or it
 * is out of view (culled), and it is not being edited or the only one selected. A board of 2,000
 * notes fitted to the screen draws them at about 8%: drawing the text of each (tldraw's rich-text
 * label) was most of opening it.
 */
function isDrawnPlain(editor: Editor, shape: TLNoteShape): boolean {
	if (editor.getEditingShapeId() === shape.id || editor.getOnlySelectedShapeId() === shape.id) return false;
	if (editor.getCulledShapes().has(shape.id)) return true;
	const { fontSizeAdjustment, size, scale } = shape.props;
	return (
		(fontSizeAdjustment || LABEL_FONT_SIZES[size]) * scale * editor.getZoomLevel() < SMALLEST_READABLE_TEXT_PX
	);
}

/** A note as a coloured square, as tldraw draws it zoomed out (no shadow, a bottom edge), without text. */
function PlainNote({ shape }: { shape: TLNoteShape }) {
	const theme = useDefaultColorTheme();
	const dark = theme.id === 'dark';
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
 * Draws a note: plainly when its text could not be read anyway (see `isDrawnPlain`), otherwise
 * with `draw` (tldraw's note component). Called from the util's `component`, so its hook belongs
 * to tldraw's shape wrapper, which re-renders only when the answer changes.
 */
export function useNoteAtAnyDistance(
	editor: Editor,
	shape: TLNoteShape,
	draw: (shape: TLNoteShape) => JSX.Element
): JSX.Element {
	const plain = useValue('note drawn plain', () => isDrawnPlain(editor, shape), [editor, shape]);
	return plain ? <PlainNote shape={shape} /> : <FullNote draw={draw} shape={shape} />;
}
