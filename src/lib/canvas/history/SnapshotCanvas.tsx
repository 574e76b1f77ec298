import { useMemo } from 'react';
import { Tldraw, type SerializedSchema, type TLComponents, type TLRecord } from '@tldraw/tldraw';
import { assetUrls } from '../asset-urls.ts';
import type { BoardChanges, BoardRecord } from '../../board/board-changes.ts';
import { createBoardStore } from '../board-store.ts';
import { migrateRecords } from '../sync/migrate-records.ts';
import { putValidRecords } from '../sync/put-valid-records.ts';
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
		const stored = Object.fromEntries(records.map((record) => [record.id, record as unknown as TLRecord]));
		const migrated = migrateRecords(
			created,
			stored,
			(schema as SerializedSchema | null) ?? created.schema.serialize()
		);
		putValidRecords(created, Object.values(migrated));
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
