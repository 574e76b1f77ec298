import { redirect } from '@sveltejs/kit';
import { act, orErrorPage } from '$lib/server/action.ts';
import { startSession } from '$lib/server/auth/session-cookie.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Shows what the link offers. Opening it changes nothing: joining takes a click (a POST), so a link
 * on another site cannot enrol a signed-in visitor. Someone who already has the role goes straight in.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { board, link, alreadyIn } = await orErrorPage(
		(await services()).access.invitation(locals.principal, params.token)
	);
	if (alreadyIn) redirect(303, `/b/${board.id}`);
	return {
		board: { title: board.title },
		role: link.role,
		allowGuests: link.allowGuests,
		signedIn: locals.principal?.kind === 'user'
	};
};

export const actions: Actions = {
	join: async (event) => {
		const user = requireUser(event);
		return act('join', async () => {
			const boardId = await (await services()).access.join(user, event.params.token);
			redirect(303, `/b/${boardId}`);
		});
	},
	guest: async (event) => {
		const name = (await readForm(event.request)).text('name');
		return act('guest', async () => {
			const { guestId, boardId } = await (await services()).access.joinAsGuest(event.params.token, name);
			await startSession(event, { guestId });
			redirect(303, `/b/${boardId}`);
		});
	}
};
