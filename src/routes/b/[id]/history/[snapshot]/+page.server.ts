import { redirect } from '@sveltejs/kit';
import { act, orErrorPage } from '$lib/server/action.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.principal) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	const all = await services();
	const { board } = await orErrorPage(all.boards.open(locals.principal, params.id));
	const { entry, then, now } = await orErrorPage(
		all.snapshots.view(locals.principal, params.id, params.snapshot)
	);
	return { board: { id: board.id, title: board.title }, snapshot: entry, then, now };
};

export const actions: Actions = {
	// Restored: back to the board, where everyone sees it.
	restore: ({ params, locals }) =>
		act('restore', async () => {
			await (await services()).snapshots.restore(locals.principal, params.id, params.snapshot);
			redirect(303, `/b/${params.id}`);
		})
};
