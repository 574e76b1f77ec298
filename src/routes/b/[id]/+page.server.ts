import { redirect } from '@sveltejs/kit';
import { act, orErrorPage } from '$lib/server/action.ts';
import { readForm } from '$lib/server/form.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.principal) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	const all = await services();
	const { board, role } = await orErrorPage(all.boards.open(locals.principal, params.id));
	const { id, name, kind } = locals.principal;
	const facilitator = role === 'facilitator';
	const snapshots = facilitator ? await all.snapshots.list(locals.principal, board.id) : [];
	// Who did what since a snapshot of this board (any other value: since the start).
	const since = snapshots.find((s) => s.id === url.searchParams.get('since'))?.id ?? null;
	return {
		board: { id: board.id, title: board.title, template: board.template },
		role,
		canExport: role !== 'viewer' || board.viewersExport,
		me: { id, name, guest: kind === 'guest' },
		snapshots,
		since
	};
};

export const actions: Actions = {
	saveSnapshot: async ({ params, locals, request }) => {
		const form = await readForm(request);
		return act('saveSnapshot', async () => {
			await (await services()).snapshots.save(locals.principal, params.id, form.text('title'));
			return { action: 'saveSnapshot' };
		});
	},
	restoreSnapshot: async ({ params, locals, request }) => {
		const form = await readForm(request);
		return act('restoreSnapshot', async () => {
			await (await services()).snapshots.restore(locals.principal, params.id, form.text('snapshot'));
			return { action: 'restoreSnapshot' };
		});
	}
};
