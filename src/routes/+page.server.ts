import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { accountRole } from '$lib/server/access/roles.ts';
import { normalizeTeamName } from '$lib/server/access/teams.ts';
import { boardEvents, normalizeTitle } from '$lib/server/boards/index.ts';
import { requireBoardRole, requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import { templateById } from '$lib/templates/index.ts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const principal = locals.principal;
	if (principal?.kind !== 'user') return { signedIn: false as const };
	const { teams, boards, boardMembers } = await services();
	const myTeams = await teams.listForUser(principal.id);
	const teamRoles = new Map(myTeams.map((team) => [team.id, team.role]));
	const explicit = await boardMembers.rolesOf(principal.id);
	const visible = (await boards.listForUser(principal.id)).map((board) => ({
		...board,
		role: accountRole(explicit.get(board.id) ?? null, (board.teamId && teamRoles.get(board.teamId)) || null)!
	}));
	return {
		signedIn: true as const,
		teams: myTeams.map((team) => ({ ...team, boards: visible.filter((b) => b.teamId === team.id) })),
		shared: visible.filter((b) => !b.teamId || !teamRoles.has(b.teamId))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		const title = normalizeTitle(form.text('title'));
		if (!title) return fail(400, { action: 'create', message: m.board_title_invalid() });
		const { teams, boards } = await services();
		// Without a choice (a form without the select) the board goes to the user's first team.
		const teamId = form.text('team') || (await teams.listForUser(user.id))[0]?.id || '';
		if (!(await teams.roleOf(teamId, user.id)))
			return fail(403, { action: 'create', message: m.access_denied() });
		const template = form.text('template') || 'blank';
		if (template !== 'blank' && !templateById(template)) {
			return fail(400, { action: 'create', message: m.error_generic() });
		}
		const board = await boards.create(title, teamId, user.id, template);
		redirect(303, `/b/${board.id}`);
	},
	rename: async (event) => {
		const form = await readForm(event.request);
		const id = form.text('id');
		await requireBoardRole(requireUser(event), id, 'facilitator');
		const title = normalizeTitle(form.text('title'));
		if (!title) return fail(400, { action: 'rename', id, message: m.board_title_invalid() });
		await (await services()).boards.rename(id, title);
		return { action: 'rename', id };
	},
	delete: async (event) => {
		const id = (await readForm(event.request)).text('id');
		await requireBoardRole(requireUser(event), id, 'facilitator');
		await (await services()).boards.softDelete(id);
		boardEvents().emit('deleted', id);
		return { action: 'delete', id };
	},
	createTeam: async (event) => {
		const user = requireUser(event);
		const name = normalizeTeamName((await readForm(event.request)).text('name'));
		if (!name) return fail(400, { action: 'createTeam', message: m.team_name_invalid() });
		const team = await (await services()).teams.create(name, user.id);
		redirect(303, `/t/${team.id}`);
	}
};
