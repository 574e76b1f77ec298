import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { resolveBoardRole } from '$lib/server/access/roles.ts';
import { GUEST_NAME_MAX_LENGTH } from '$lib/server/access/share-links.ts';
import { normalizeTypedText } from '$lib/server/typed-text.ts';
import { startSession } from '$lib/server/auth/session-cookie.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';

async function activeLink(token: string) {
	const { shareLinks, boards } = await services();
	const link = await shareLinks.resolve(token);
	const board = link && (await boards.get(link.boardId));
	if (!link || !board) error(404, m.link_invalid());
	return { link, board };
}

/** Opening a share link signed in adds the account to the board; otherwise it offers login, sign-up or (if allowed) joining as a guest. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { link, board } = await activeLink(params.token);
	const principal = locals.principal;
	if (principal?.kind === 'user') {
		const { db, shareLinks } = await services();
		await shareLinks.admitUser(link, principal.id, await resolveBoardRole(db, principal, board.id));
		boardEvents().emit('access-changed', board.id);
		redirect(303, `/b/${board.id}`);
	}
	if (principal?.kind === 'guest' && principal.boardId === board.id) redirect(303, `/b/${board.id}`);
	return { board: { title: board.title }, role: link.role, allowGuests: link.allowGuests };
};

export const actions: Actions = {
	guest: async (event) => {
		const { link, board } = await activeLink(event.params.token);
		if (!link.allowGuests) error(403, m.access_denied());
		const name = normalizeTypedText((await event.request.formData()).get('name'), GUEST_NAME_MAX_LENGTH);
		if (!name) return fail(400, { message: m.guest_name_invalid() });
		const guestId = await (await services()).shareLinks.admitGuest(link, name);
		await startSession(event, { guestId });
		redirect(303, `/b/${board.id}`);
	}
};
