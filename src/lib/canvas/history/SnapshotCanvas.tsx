import { useMemo } from 'react';
import {
	Tldraw,
	loadSnapshot,
	type SerializedSchema,
	type TLComponents,
	type TLRecord,
	type TLStoreSnapshot
} from '@tldraw/tldraw';
import { assetUrls } from '../asset-urls.ts';
import type { BoardChanges, BoardRecord } from '../../board/board-changes.ts';
import { createBoardStore } from '../board-store.ts';
import { editorShapeUtils } from '../shapes/index.ts';
import { ChangeLayer, ChangesContext } from './ChangeLayer.tsx';
import { keepNoteGeometryAcrossFontLoads, loadFontsOnDemand } from '../fonts-on-demand.ts';
import { fitContent } from '../opening-view.ts';
import { ShapeIndicatorWhileShown } from '../shape-indicator.tsx';
import { FarNotesLayer } from '../shapes/note/far-notes-layer.tsx';
import '@tldraw/tldraw/tldraw.css';

const components: TLComponents = {
	InFrontOfTheCanvas: ChangeLayer,
	OnTheCanvas: FarNotesLayer,
	ShapeIndicator: ShapeIndicatorWhileShown
};

export interface SnapshotCanvasProps {
	records: BoardRecord[];
	/** The schema the records were saved with (null: this version's). */
	schema: unknown;
	/** The shapes to mark (empty: just the snapshot). */
	changes: BoardChanges;
	licenseKey?: string;
}

/** A saved state of a board, read-only: the snapshot itself, or the board now with what changed marked. */
export function SnapshotCanvas({ records, schema, changes, licenseKey }: SnapshotCanvasProps) {
	const store = useMemo(() => {
		const created = createBoardStore();
		const snapshot: TLStoreSnapshot = {
			store: Object.fromEntries(records.map((record) => [record.id, record as unknown as TLRecord])),
			schema: (schema as SerializedSchema | null) ?? created.schema.serialize()
		};
		loadSnapshot(created, snapshot);
		return created;
	}, [records, schema]);
	return (
		<ChangesContext.Provider value={changes}>
			<Tldraw
				store={store}
				shapeUtils={editorShapeUtils}
				assetUrls={assetUrls}
				licenseKey={licenseKey}
				components={components}
				onMount={(editor) => {
					loadFontsOnDemand(editor);
					keepNoteGeometryAcrossFontLoads(editor);
					editor.updateInstanceState({ isReadonly: true });
					fitContent(editor);
				}}
			/>
		</ChangesContext.Provider>
	);
}
