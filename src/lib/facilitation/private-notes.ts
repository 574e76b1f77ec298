import type { TLRecord } from '@tldraw/tldraw';
import { isPlainObject } from '../plain-object.ts';

/**
 * Private brainstorm: while it is on, what a participant adds is marked `meta.private` and kept in
 * their own private document (its own socket; nobody else's browser receives it) until the
 * facilitator reveals everything into the board. See README, "Facilitation".
 */
export function isPrivateRecord(record: unknown): boolean {
	return isPlainObject(record) && isPlainObject(record.meta) && record.meta.private === true;
}

/** The record as it goes into the board at the reveal: the same, no longer private. */
export function withoutPrivateMark<R extends TLRecord>(record: R): R {
	const { private: _private, ...meta } = (record.meta ?? {}) as Record<string, unknown>;
	return { ...record, meta } as R;
}
