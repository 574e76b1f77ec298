import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { boardEvents, boardRepository, normalizeTitle } from '$lib/server/boards/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ boards: await (await boardRepository()).list() });

export const actions: Actions = {
	create: async ({ request }) => {
		const form = await request.formData();
		const title = normalizeTitle(form.get('title'));
		if (!title) return fail(400, { action: 'create', message: m.board_title_invalid() });
		const board = await (await boardRepository()).create(title);
		redirect(303, `/b/${board.id}`);
	},
	rename: async ({ request }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const title = normalizeTitle(form.get('title'));
		if (!title) return fail(400, { action: 'rename', id, message: m.board_title_invalid() });
		if (!(await (await boardRepository()).rename(id, title))) {
			return fail(404, { action: 'rename', id, message: m.board_not_found() });
		}
		return { action: 'rename', id };
	},
	delete: async ({ request }) => {
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await (await boardRepository()).softDelete(id))) {
			return fail(404, { action: 'delete', id, message: m.board_not_found() });
		}
		boardEvents().emit('deleted', id);
		return { action: 'delete', id };
	}
};
