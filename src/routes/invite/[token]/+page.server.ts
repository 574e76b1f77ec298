import { redirect } from '@sveltejs/kit';
import { act, orErrorPage } from '$lib/server/action.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services/index.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const team = await orErrorPage((await services()).teams.invitation(event.params.token));
	return { team: { name: team.name } };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		return act('join', async () => {
			await (await services()).teams.acceptInvite(user, event.params.token);
			redirect(303, '/');
		});
	}
};
