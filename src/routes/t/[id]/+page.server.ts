import { redirect } from '@sveltejs/kit';
import { act, orErrorPage } from '$lib/server/action.ts';
import { readForm } from '$lib/server/form.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const all = await services();
	const page = await orErrorPage(all.teams.page(user, event.params.id));
	const { teams } = await all.boards.overview(user);
	const boards = teams.find((team) => team.id === event.params.id)?.boards ?? [];
	return { ...page, boards, userId: user.id };
};

export const actions: Actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const name = (await readForm(event.request)).text('name');
		return act('rename', async () => {
			await (await services()).teams.rename(user, event.params.id, name);
			return { action: 'rename' };
		});
	},
	invite: async (event) => {
		const user = requireUser(event);
		return act('invite', async () => {
			const token = await (await services()).teams.invite(user, event.params.id);
			return { action: 'invite', link: `${event.url.origin}/invite/${token}` };
		});
	},
	revokeInvite: async (event) => {
		const user = requireUser(event);
		const invite = (await readForm(event.request)).text('invite');
		return act('revokeInvite', async () => {
			await (await services()).teams.revokeInvite(user, event.params.id, invite);
			return { action: 'revokeInvite' };
		});
	},
	remove: async (event) => {
		const user = requireUser(event);
		const member = (await readForm(event.request)).text('user');
		return act('remove', async () => {
			await (await services()).teams.removeMember(user, event.params.id, member);
			return { action: 'remove' };
		});
	},
	leave: async (event) => {
		const user = requireUser(event);
		return act('leave', async () => {
			await (await services()).teams.leave(user, event.params.id);
			redirect(303, '/');
		});
	}
};
