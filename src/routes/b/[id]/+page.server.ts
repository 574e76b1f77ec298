import { redirect } from '@sveltejs/kit';
import { orErrorPage } from '$lib/server/action.ts';
import { services } from '$lib/server/services/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.principal) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { board, role } = await orErrorPage((await services()).boards.open(locals.principal, params.id));
	const { id, name, kind } = locals.principal;
	return {
		board: { id: board.id, title: board.title, template: board.template },
		role,
		me: { id, name, guest: kind === 'guest' }
	};
};
