import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { normalizeTeamName } from '$lib/server/access/teams.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form.ts';

/** The signed-in user and their role in the team; a team they are not in is 404. */
async function membership(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const { teams } = await services();
	const role = await teams.roleOf(event.params.id, user.id);
	if (!role) error(404, m.invite_invalid());
	return { user, role, teams };
}

async function requireOwner(event: RequestEvent<{ id: string }>) {
	const found = await membership(event);
	if (found.role !== 'owner') error(403, m.access_denied());
	return found;
}

export const load: PageServerLoad = async (event) => {
	const { user, role, teams } = await membership(event);
	const team = (await teams.get(event.params.id))!;
	return {
		team,
		role,
		userId: user.id,
		members: await teams.members(team.id),
		invites: role === 'owner' ? await teams.activeInvites(team.id) : []
	};
};

export const actions: Actions = {
	rename: async (event) => {
		const { teams } = await requireOwner(event);
		const name = normalizeTeamName((await readForm(event.request)).text('name'));
		if (!name) return fail(400, { action: 'rename', message: m.team_name_invalid() });
		await teams.rename(event.params.id, name);
		return { action: 'rename' };
	},
	invite: async (event) => {
		const { user, teams } = await requireOwner(event);
		const token = await teams.createInvite(event.params.id, user.id);
		return { action: 'invite', link: `${event.url.origin}/invite/${token}` };
	},
	revokeInvite: async (event) => {
		const { teams } = await requireOwner(event);
		await teams.revokeInvite(event.params.id, (await readForm(event.request)).text('invite'));
		return { action: 'revokeInvite' };
	},
	remove: async (event) => {
		const { teams } = await requireOwner(event);
		const userId = (await readForm(event.request)).text('user');
		if (!(await teams.removeMember(event.params.id, userId))) {
			return fail(400, { action: 'remove', message: m.team_last_owner() });
		}
		boardEvents().emit('principal-changed', userId);
		return { action: 'remove' };
	},
	leave: async (event) => {
		const { user, teams } = await membership(event);
		if (!(await teams.removeMember(event.params.id, user.id))) {
			return fail(400, { action: 'leave', message: m.team_last_owner() });
		}
		boardEvents().emit('principal-changed', user.id);
		redirect(303, '/');
	}
};
