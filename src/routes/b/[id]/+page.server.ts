import { redirect } from '@sveltejs/kit';
import { requireBoardRole } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.principal) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	const role = await requireBoardRole(locals.principal, params.id, 'viewer');
	const board = (await (await services()).boards.get(params.id))!;
	const { id, name, kind } = locals.principal;
	return {
		board: { id: board.id, title: board.title, template: board.template },
		role,
		me: { id, name, guest: kind === 'guest' }
	};
};
