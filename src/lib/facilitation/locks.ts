import { isPlainObject } from '../plain-object.ts';

/**
 * Werkbord's lock on a shape: `meta.locked`. Not tldraw's `isLocked`, which also locks a frame's
 * children and keeps notes from being dropped in; this one keeps the shape itself as the
 * facilitator left it (position, size, text, existence) and lets everyone work inside it. Only
 * facilitators set, clear or change locked shapes: the server undoes anyone else's change
 * (server/sync/structure-guard.ts), and the canvas does not offer it (canvas/locks.ts).
 */
export function isLockedRecord(record: unknown): boolean {
	return isPlainObject(record) && isPlainObject(record.meta) && record.meta.locked === true;
}
