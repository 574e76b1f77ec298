import { isPlainObject } from '../../src/lib/plain-object.ts';
import type { BoardRole } from '../../src/lib/server/access/roles.ts';
import type { Principal } from '../../src/lib/server/auth/principal.ts';
import { isNullState, type AwarenessEntry } from './awareness-codec.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A state larger than this (a cursor, a name, a selection) is not a presence: it is dropped. */
export const MAX_AWARENESS_STATE_BYTES = 32 * 1024;
/** Selections beyond this are not drawn for others anyway. */
const MAX_SELECTED_SHAPES = 500;
const MAX_CHAT_LENGTH = 500;
const MAX_COLOR_LENGTH = 32;

/**
 * Rewrites an awareness state so that everything in it that names a person or a record comes from
 * the server: the account's id, name, role and guest flag of the socket, the presence record's id (the
 * browser puts it into tldraw's store, so it must be this client's own), and who it follows (only
 * someone on the board). Other fields (a cursor, a colour) pass as they are. Returns null for a
 * state that is not an object or is too large.
 */
export function stampIdentity(
	entry: AwarenessEntry,
	principal: Principal,
	role: BoardRole,
	isOnBoard: (principalId: string) => boolean
): AwarenessEntry | null {
	if (isNullState(entry.state)) return entry;
	if (entry.state.byteLength > MAX_AWARENESS_STATE_BYTES) return null;
	const state: unknown = JSON.parse(decoder.decode(entry.state));
	if (!isPlainObject(state)) return null;
	const user = isPlainObject(state.user) ? state.user : {};
	// Every state carries its socket's name: nobody is on the board without showing up in the list.
	const stamped: Record<string, unknown> = {
		...state,
		// The id lists one person in two tabs once; the role is shown in the participant list.
		user: {
			id: principal.id,
			name: principal.name,
			role,
			guest: principal.kind === 'guest',
			color: shortString(user.color, MAX_COLOR_LENGTH, '')
		}
	};
	if (isPlainObject(state.presence))
		stamped.presence = stampPresence(state.presence, entry.clientId, principal, isOnBoard);
	else if ('presence' in state) stamped.presence = null;
	return { ...entry, state: encoder.encode(JSON.stringify(stamped)) };
}

/** A tldraw `instance_presence` record; geometry fields are left for tldraw's validator in the browser. */
function stampPresence(
	presence: Record<string, unknown>,
	clientId: number,
	principal: Principal,
	isOnBoard: (principalId: string) => boolean
): Record<string, unknown> {
	const following = presence.followingUserId;
	const selected = Array.isArray(presence.selectedShapeIds) ? presence.selectedShapeIds : [];
	return {
		...presence,
		typeName: 'instance_presence',
		id: `instance_presence:${clientId}`,
		userId: principal.id,
		userName: principal.name,
		followingUserId: typeof following === 'string' && isOnBoard(following) ? following : null,
		currentPageId: idOf(presence.currentPageId, 'page') ?? 'page:page',
		selectedShapeIds: selected
			.filter((id): id is string => idOf(id, 'shape') !== null)
			.slice(0, MAX_SELECTED_SHAPES),
		color: shortString(presence.color, MAX_COLOR_LENGTH, '#868e96'),
		chatMessage: shortString(presence.chatMessage, MAX_CHAT_LENGTH, ''),
		meta: {}
	};
}

function idOf(value: unknown, type: string): string | null {
	return typeof value === 'string' && value.startsWith(`${type}:`) && value.length <= 128 ? value : null;
}

function shortString(value: unknown, maxLength: number, fallback: string): string {
	return typeof value === 'string' && value.length <= maxLength ? value : fallback;
}
