import { useEffect, useMemo, useState } from 'react';
import {
	Tldraw,
	atom,
	computed,
	createTLStore,
	createTLUser,
	defaultBindingUtils,
	defaultShapeUtils,
	type TLPresenceUserInfo
} from '@tldraw/tldraw';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { rebaseHistory } from './sync/history-rebase.ts';
import { bindPresence } from './sync/presence.ts';
import { bindStoreToDoc } from './sync/yjs-binding.ts';
import '@tldraw/tldraw/tldraw.css';

// Fonts, icons and translations are bundled by Vite and served from our own origin.
const assetUrls = getAssetUrlsByImport();

export interface BoardEditorProps {
	doc: Y.Doc;
	awareness: Awareness;
	user: ReturnType<typeof atom<TLPresenceUserInfo>>;
	online: ReturnType<typeof atom<'online' | 'offline'>>;
	locale: string;
	licenseKey?: string;
	/** A viewer's editor: the server drops their updates anyway, the UI should not offer edits. */
	readOnly: boolean;
	/** The board could not be loaded into the editor (e.g. saved by a newer version). */
	onError(message: string): void;
}

export function BoardEditor({
	doc,
	awareness,
	user,
	online,
	locale,
	licenseKey,
	readOnly,
	onError
}: BoardEditorProps) {
	const store = useMemo(
		() =>
			createTLStore({
				shapeUtils: defaultShapeUtils,
				bindingUtils: defaultBindingUtils,
				collaboration: { status: online, mode: null }
			}),
		[online]
	);
	const [failed, setFailed] = useState(false);

	useEffect(() => {
		let unbindDoc: () => void;
		try {
			unbindDoc = bindStoreToDoc(store, doc);
		} catch (cause) {
			setFailed(true);
			onError(cause instanceof Error ? cause.message : String(cause));
			return;
		}
		const unbindPresence = bindPresence(store, awareness, user);
		return () => {
			unbindPresence();
			unbindDoc();
		};
	}, [store, doc, awareness, user, onError]);

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
		<Tldraw
			store={store}
			user={tlUser}
			assetUrls={assetUrls}
			licenseKey={licenseKey}
			onMount={(editor) => {
				editor.updateInstanceState({ isReadonly: readOnly });
				// Undo stays per user even on shapes others changed since (see history-rebase.ts).
				return editor.store.listen(({ changes }) => rebaseHistory(editor, changes.updated), {
					source: 'remote',
					scope: 'document'
				});
			}}
		/>
	);
}
