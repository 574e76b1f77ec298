import type { Principal } from '../../src/lib/server/auth/principal.ts';
import { isNullState, type AwarenessEntry } from './awareness-filter.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Overwrites who an awareness state says it is with who the socket signed in as: the name in
 * the participant list and on the cursor, and whether it is a guest, cannot be made up.
 */
export function stampIdentity(entry: AwarenessEntry, principal: Principal): AwarenessEntry {
	if (isNullState(entry.state)) return entry;
	const state: unknown = JSON.parse(decoder.decode(entry.state));
	if (typeof state !== 'object' || state === null || Array.isArray(state)) return entry;
	const fields = state as Record<string, unknown>;
	const guest = principal.kind === 'guest';
	if (isObject(fields.user)) fields.user = { ...fields.user, name: principal.name, guest };
	if (isObject(fields.presence))
		fields.presence = { ...fields.presence, userId: principal.id, userName: principal.name };
	return { ...entry, state: encoder.encode(JSON.stringify(fields)) };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
