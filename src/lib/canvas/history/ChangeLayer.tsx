import { createContext, useContext } from 'react';
import { useEditor, useValue, type TLShapeId } from '@tldraw/tldraw';
import type { BoardChanges } from '../../board/board-changes.ts';
import './change-layer.css';

export const ChangesContext = createContext<BoardChanges>(new Map());

/** An outline around each added, removed or changed shape in view, in the colour of its change. */
export function ChangeLayer() {
	const editor = useEditor();
	const changes = useContext(ChangesContext);
	const boxes = useValue(
		'changed shapes',
		() => {
			const viewport = editor.getViewportPageBounds();
			const zoom = editor.getZoomLevel();
			return [...changes].flatMap(([id, kind]) => {
				const bounds = editor.getShapePageBounds(id as TLShapeId);
				if (!bounds || !viewport.collides(bounds)) return [];
				const corner = editor.pageToViewport({ x: bounds.minX, y: bounds.minY });
				return [{ id, kind, x: corner.x, y: corner.y, w: bounds.w * zoom, h: bounds.h * zoom }];
			});
		},
		[editor, changes]
	);
	return (
		<div className="wb-changes">
			{boxes.map(({ id, kind, x, y, w, h }) => (
				<div
					key={id}
					className={`wb-change wb-change-${kind}`}
					data-change={kind}
					data-shape-id={id}
					style={{ left: x, top: y, width: w, height: h }}
				></div>
			))}
		</div>
	);
}
