import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { BoardRole } from '$lib/roles.ts';

/** A date and time in the UI language, e.g. "23 nov 2026, 11:05". */
export const formatDateTime = (ms: number) =>
	new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A board role's name in the UI language. */
export const roleLabel: Record<BoardRole, () => string> = {
	facilitator: m.role_facilitator,
	editor: m.role_editor,
	viewer: m.role_viewer
};
