import { useEffect, useMemo, useState } from 'react';
import {
	Tldraw,
	atom,
	computed,
	createTLStore,
	createTLUser,
	defaultBindingUtils,
	defaultShapeUtils,
	type Editor,
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
	onRename(name: string): void;
	onEditor?(editor: Editor): void;
}

export function BoardEditor({
	doc,
	awareness,
	user,
	online,
	locale,
	licenseKey,
	onRename,
	onEditor
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
	const [error, setError] = useState<Error | null>(null);

	useEffect(() => {
		let unbindDoc: (() => void) | undefined;
		try {
			unbindDoc = bindStoreToDoc(store, doc);
		} catch (cause) {
			setError(cause instanceof Error ? cause : new Error(String(cause)));
			return;
		}
		const unbindPresence = bindPresence(store, awareness, user);
		return () => {
			unbindPresence();
			unbindDoc?.();
		};
	}, [store, doc, awareness, user]);

	// tldraw's own people menu shows and edits the same name and colour as the Svelte UI.
	const tlUser = useMemo(
		() =>
			createTLUser({
				userPreferences: computed('werkbord user', () => {
					const { id, name, color } = user.get();
					return { id, name, color, locale };
				}),
				setUserPreferences: (preferences) => {
					if (preferences.name && preferences.name !== user.get().name) onRename(preferences.name);
				}
			}),
		[user, locale, onRename]
	);

	if (error) throw error;
	return (
		<Tldraw
			store={store}
			user={tlUser}
			assetUrls={assetUrls}
			licenseKey={licenseKey}
			onMount={(editor) => {
				onEditor?.(editor);
				// Undo stays per user even on shapes others changed since (see history-rebase.ts).
				return editor.store.listen(({ changes }) => rebaseHistory(editor, changes.updated), {
					source: 'remote',
					scope: 'document'
				});
			}}
		/>
	);
}
