import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { resolveBoardRole, roleAllows } from '$lib/server/access/roles.ts';
import { GUEST_NAME_MAX_LENGTH } from '$lib/server/access/share-links.ts';
import { normalizeTypedText } from '$lib/server/typed-text.ts';
import { startSession } from '$lib/server/auth/session-cookie.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';

async function activeLink(token: string) {
	const { shareLinks, boards } = await services();
	const link = await shareLinks.resolve(token);
	const board = link && (await boards.get(link.boardId));
	if (!link || !board) error(404, m.link_invalid());
	return { link, board };
}

/**
 * Shows what the link offers. Opening it changes nothing: joining takes a click (a POST), so a link
 * on another site cannot enrol a signed-in visitor. Someone who already has the role goes straight in.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { link, board } = await activeLink(params.token);
	const principal = locals.principal;
	if (principal?.kind === 'user') {
		const current = await resolveBoardRole((await services()).db, principal, board.id);
		if (roleAllows(current, link.role)) redirect(303, `/b/${board.id}`);
	}
	if (principal?.kind === 'guest' && principal.boardId === board.id) redirect(303, `/b/${board.id}`);
	return {
		board: { title: board.title },
		role: link.role,
		allowGuests: link.allowGuests,
		signedIn: principal?.kind === 'user'
	};
};

export const actions: Actions = {
	join: async (event) => {
		const user = requireUser(event);
		const { link, board } = await activeLink(event.params.token);
		const { db, shareLinks } = await services();
		await shareLinks.admitUser(link, user.id, await resolveBoardRole(db, user, board.id));
		boardEvents().emit('access-changed', board.id);
		redirect(303, `/b/${board.id}`);
	},
	guest: async (event) => {
		const { link, board } = await activeLink(event.params.token);
		if (!link.allowGuests) error(403, m.access_denied());
		const name = normalizeTypedText((await readForm(event.request)).text('name'), GUEST_NAME_MAX_LENGTH);
		if (!name) return fail(400, { message: m.guest_name_invalid() });
		const guestId = await (await services()).shareLinks.admitGuest(link, name);
		await startSession(event, { guestId });
		redirect(303, `/b/${board.id}`);
	}
};
