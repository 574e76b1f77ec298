import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const team = await (await services()).teams.teamOfInvite(event.params.token);
	if (!team) error(404, m.invite_invalid());
	return { team: { name: team.name } };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const { teams } = await services();
		const team = await teams.teamOfInvite(event.params.token);
		if (!team) error(404, m.invite_invalid());
		await teams.join(team.id, user.id);
		redirect(303, '/');
	}
};
