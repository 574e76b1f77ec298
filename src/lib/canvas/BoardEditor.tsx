import { useEffect, useMemo, useRef, useState } from 'react';
import { Tldraw, atom, computed, createTLUser, type Editor, type TLPresenceUserInfo } from '@tldraw/tldraw';
import { assetUrls } from './asset-urls.ts';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TemplateDefinition } from '$lib/templates/index.ts';
import { createBoardStore } from './board-store.ts';
import { canvasComponents } from './facilitation/canvas-components.tsx';
import { FacilitationViewContext, type FacilitationView } from './facilitation/facilitation-view.ts';
import { keepLockedShapes, withoutTldrawLock } from './facilitation/locks.ts';
import { tldrawDutch } from './tldraw-dutch.ts';
import { markNewShapesPrivate } from './facilitation/private-mode.ts';
import { keepEditedCardsReadable } from './shapes/card/readable-editing.ts';
import { editorShapeUtils } from './shapes/index.ts';
import { bindPresence } from './sync/presence.ts';
import { bindStoreToDoc, boardDoc } from './sync/yjs-binding.ts';
import { keepNoteGeometryAcrossFontLoads, loadFontsOnDemand } from './fonts-on-demand.ts';
import { openFitted } from './opening-view.ts';
import { applyNewBoardTemplate } from './templates/apply-template.ts';
import { templateLocale, type Localized } from '../i18n/localized.ts';
import { markOpen } from '../board/open-marks.ts';
import { boardRecords } from '../board/board-doc.ts';
import '@tldraw/tldraw/tldraw.css';

const FIRST_PAGE_NAME: Localized = { nl: 'Pagina 1', en: 'Page 1' };

/**
 * tldraw draws nothing until every font the page's shapes use has loaded (0.1 s warm, 0.4 s cold
 * for a board of 2,000 notes here). A board this big opens fitted with its notes too small to read
 * (painted as squares, shapes/note/far-notes.ts), so it is drawn at once; a smaller board waits,
 * so that its text does not show in a fallback font first.
 */
const DRAW_BEFORE_FONTS_FROM_RECORDS = 800;

export interface BoardEditorProps {
	/** The board's id: where this tab keeps its view across a reload. */
	boardId: string;
	doc: Y.Doc;
	awareness: Awareness;
	user: ReturnType<typeof atom<TLPresenceUserInfo>>;
	online: ReturnType<typeof atom<'online' | 'offline'>>;
	locale: string;
	licenseKey?: string;
	/** A viewer's editor: the server drops their updates anyway, the UI should not offer edits. */
	readOnly: boolean;
	/** A facilitator's editor: it may change locked shapes, and locks the templates it applies. */
	facilitator: boolean;
	/** The workshop state drawn on the canvas (vote, ping, participant mode). */
	facilitationView: FacilitationView;
	/** The template a new board is filled with on its first open (null: blank). */
	template: TemplateDefinition | null;
	/** The editor is ready (for commands from the Svelte page, such as inserting a template). */
	onEditor(editor: Editor): void;
	/** The board could not be loaded into the editor, or was let go of (e.g. `SavedByNewerVersion`). */
	onError(error: unknown): void;
}

export function BoardEditor({
	boardId,
	doc,
	awareness,
	user,
	online,
	locale,
	licenseKey,
	readOnly,
	facilitator,
	facilitationView,
	template,
	onEditor,
	onError
}: BoardEditorProps) {
	const store = useMemo(() => createBoardStore({ status: online, mode: null }), [online]);
	const options = useMemo(
		() => ({
			maxFontsToLoadBeforeRender: boardRecords(doc).size >= DRAW_BEFORE_FONTS_FROM_RECORDS ? 0 : Infinity
		}),
		[doc]
	);
	const [failed, setFailed] = useState(false);
	const editorRef = useRef<Editor | null>(null);

	useEffect(() => {
		const fail = (cause: unknown) => {
			setFailed(true);
			onError(cause);
		};
		let unbindDoc: () => void;
		try {
			unbindDoc = bindStoreToDoc(
				store,
				doc,
				() => editorRef.current,
				boardDoc(FIRST_PAGE_NAME[templateLocale(locale)]),
				fail
			);
			markOpen('store-filled');
		} catch (cause) {
			fail(cause);
			return;
		}
		const unbindPresence = bindPresence(store, awareness, user);
		return () => {
			unbindPresence();
			unbindDoc();
		};
	}, [store, doc, awareness, user, locale, onError]);

	// tldraw's own people menu shows the account's name and colour; they are not edited there.
	const tlUser = useMemo(
		() =>
			createTLUser({
				userPreferences: computed('werkbord user', () => {
					const { id, name, color } = user.get();
					return { id, name, color, locale };
				}),
				setUserPreferences: () => {}
			}),
		[user, locale]
	);

	if (failed) return null;
	return (
		<FacilitationViewContext.Provider value={facilitationView}>
			<Tldraw
				store={store}
				shapeUtils={editorShapeUtils}
				user={tlUser}
				assetUrls={assetUrls}
				licenseKey={licenseKey}
				overrides={[withoutTldrawLock, tldrawDutch]}
				components={canvasComponents}
				options={options}
				onMount={(editor) => {
					markOpen('editor-mounted');
					loadFontsOnDemand(editor);
					keepNoteGeometryAcrossFontLoads(editor);
					const stopKeepingCardsReadable = keepEditedCardsReadable(editor);
					editor.updateInstanceState({ isReadonly: readOnly });
					const releaseLocks = facilitator ? () => {} : keepLockedShapes(editor);
					const stopMarking = facilitator
						? () => {}
						: markNewShapesPrivate(editor, () => facilitationView.privateMode.get());
					if (template && !readOnly)
						applyNewBoardTemplate(editor, template, templateLocale(locale), facilitator);
					const stopKeepingView = openFitted(editor, boardId);
					onEditor(editor);
					editorRef.current = editor;
					return () => {
						stopKeepingView();
						stopKeepingCardsReadable();
						releaseLocks();
						stopMarking();
						editorRef.current = null;
					};
				}}
			/>
		</FacilitationViewContext.Provider>
	);
}
