import { redirect } from '@sveltejs/kit';
import { act } from '$lib/server/action.ts';
import { MAX_IMPORT_BYTES } from '$lib/server/boards/board-import.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const principal = locals.principal;
	if (principal?.kind !== 'user') return { signedIn: false as const };
	const boards = (await services()).boards;
	return {
		signedIn: true as const,
		...(await boards.overview(principal)),
		deleted: await boards.recentlyDeleted(principal)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		return act('create', async () => {
			const input = { title: form.text('title'), teamId: form.text('team'), template: form.text('template') };
			const board = await (await services()).boards.create(user, input);
			redirect(303, `/b/${board.id}`);
		});
	},
	import: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		const file = await form.fileText('file', MAX_IMPORT_BYTES);
		return act('import', async () => {
			const board = await (await services()).boards.importBoard(user, { teamId: form.text('team'), file });
			redirect(303, `/b/${board.id}`);
		});
	},
	undelete: async (event) => {
		const user = requireUser(event);
		const id = (await readForm(event.request)).text('id');
		return act('undelete', async () => {
			await (await services()).boards.undelete(user, id);
			return { action: 'undelete' };
		});
	},
	rename: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		const id = form.text('id');
		return act(
			'rename',
			async () => {
				await (await services()).boards.rename(user, id, form.text('title'));
				return { action: 'rename', id };
			},
			{ id }
		);
	},
	delete: async (event) => {
		const user = requireUser(event);
		const id = (await readForm(event.request)).text('id');
		return act(
			'delete',
			async () => {
				await (await services()).boards.remove(user, id);
				return { action: 'delete', id };
			},
			{ id }
		);
	},
	createTeam: async (event) => {
		const user = requireUser(event);
		const name = (await readForm(event.request)).text('name');
		return act('createTeam', async () => {
			const team = await (await services()).teams.create(user, name);
			redirect(303, `/t/${team.id}`);
		});
	}
};
