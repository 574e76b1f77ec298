import { exportToBlob, type Editor, type TLShapeId } from '@tldraw/tldraw';

export interface ImageExport {
	format: 'png' | 'svg';
	/** The selection (a frame, or any shapes) or the whole board. */
	scope: 'selection' | 'board';
	background: 'white' | 'transparent';
	scale: 1 | 2;
}

/** The board, a frame or the selection as a PNG or SVG file (tldraw's own export). */
export async function exportImage(editor: Editor, options: ImageExport): Promise<Blob | null> {
	const ids: TLShapeId[] =
		options.scope === 'selection' && editor.getSelectedShapeIds().length > 0
			? editor.getSelectedShapeIds()
			: [...editor.getCurrentPageShapeIds()];
	if (ids.length === 0) return null;
	return exportToBlob({
		editor,
		ids,
		format: options.format,
		opts: { background: options.background === 'white', scale: options.scale, padding: 32 }
	});
}
