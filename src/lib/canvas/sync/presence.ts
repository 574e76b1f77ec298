import {
	createPresenceStateDerivation,
	InstancePresenceRecordType,
	react,
	type Signal,
	type TLInstancePresence,
	type TLPresenceUserInfo,
	type TLStore
} from '@tldraw/tldraw';
import type { Awareness } from 'y-protocols/awareness';
import { putValidRecords } from './put-valid-records.ts';

const PRESENCE_FIELD = 'presence';
/** Cursor updates per second at most; the server coalesces further per room. */
const PRESENCE_INTERVAL_MS = 50;

interface AwarenessChange {
	added: number[];
	updated: number[];
	removed: number[];
}

/**
 * Publishes this user's cursor, selection and viewport through Yjs awareness, and mirrors everyone
 * else's into tldraw presence records, which tldraw draws as named, coloured cursors.
 */
export function bindPresence(store: TLStore, awareness: Awareness, user: Signal<TLPresenceUserInfo>) {
	const ownId = InstancePresenceRecordType.createId(String(awareness.clientID));
	const presence = createPresenceStateDerivation(user, ownId)(store);

	let timer: ReturnType<typeof setTimeout> | null = null;
	const publish = () => {
		timer = null;
		awareness.setLocalStateField(PRESENCE_FIELD, presence.get());
	};
	const stopPublishing = react('publish presence', () => {
		presence.get();
		timer ??= setTimeout(publish, PRESENCE_INTERVAL_MS);
	});

	const presenceOf = (clientId: number): TLInstancePresence | null => {
		if (clientId === awareness.clientID) return null;
		const state = awareness.getStates().get(clientId) as { presence?: TLInstancePresence } | undefined;
		return state?.presence ?? null;
	};
	const onChange = ({ added, updated, removed }: AwarenessChange) => {
		const toPut: TLInstancePresence[] = [];
		const toRemove: TLInstancePresence['id'][] = [];
		for (const clientId of [...added, ...updated]) {
			const record = presenceOf(clientId);
			if (record) toPut.push(record);
		}
		for (const clientId of removed) {
			const id = InstancePresenceRecordType.createId(String(clientId));
			if (store.has(id)) toRemove.push(id);
		}
		store.mergeRemoteChanges(() => {
			if (toRemove.length > 0) store.remove(toRemove);
			// A presence tldraw cannot validate is left out: that cursor is simply not shown.
			putValidRecords(store, toPut);
		});
	};
	awareness.on('change', onChange);
	onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] });

	return () => {
		stopPublishing();
		if (timer) clearTimeout(timer);
		awareness.off('change', onChange);
		awareness.setLocalStateField(PRESENCE_FIELD, null);
	};
}
