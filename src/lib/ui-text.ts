import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { BoardRole } from '$lib/roles.ts';
import { SavedByNewerVersion, UpdatedWhileOpen } from '$lib/board/board-schema.ts';
import { intlLocale, templateLocale } from '$lib/i18n/localized.ts';

/** A date and time in the UI language, e.g. "23 nov 2026, 11:05". */
export const formatDateTime = (ms: number) =>
	new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A day as the UI language writes it: 30-06-2027 in Dutch, 30/06/2027 in English. */
export const formatDay = (ms: number) =>
	new Intl.DateTimeFormat(intlLocale(templateLocale(getLocale())), {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	}).format(ms);

/** A board role's name in the UI language. */
export const roleLabel: Record<BoardRole, () => string> = {
	facilitator: m.role_facilitator,
	editor: m.role_editor,
	viewer: m.role_viewer
};

/** Why a canvas (the board's, or a snapshot's) could not be shown, in the UI language. */
export function canvasFailureText(error: unknown): string {
	if (error instanceof UpdatedWhileOpen) return m.canvas_updated_while_open();
	if (error instanceof SavedByNewerVersion) return m.canvas_saved_by_newer_version();
	return m.canvas_error({ message: error instanceof Error ? error.message : String(error) });
}
