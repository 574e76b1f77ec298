import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { accountRole, type BoardRole } from '$lib/server/access/roles.ts';
import { boardEvents } from '$lib/server/boards/index.ts';
import { requireBoardRole, requireUser } from '$lib/server/guards.ts';
import { services } from '$lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form.ts';

const DAY = 24 * 60 * 60 * 1000;
const EXPIRY_CHOICES = ['never', 'day', 'week', 'month'] as const;
const EXPIRY_MS: Record<(typeof EXPIRY_CHOICES)[number], number | null> = {
	never: null,
	day: DAY,
	week: 7 * DAY,
	month: 30 * DAY
};
const LINK_ROLES = ['editor', 'viewer'] as const;
const BOARD_ROLES: BoardRole[] = ['facilitator', 'editor', 'viewer'];

/** The signed-in facilitator of the board in the URL. */
async function facilitator(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	await requireBoardRole(user, event.params.id, 'facilitator');
	return { user, ...(await services()) };
}

/** Everyone with a role: the team's members (editors unless set otherwise) and people added to this board. */
async function people(boardId: string, teamId: string | null) {
	const { teams, boardMembers } = await services();
	const explicit = await boardMembers.list(boardId);
	const team = teamId ? await teams.members(teamId) : [];
	const byId = new Map<
		string,
		{ userId: string; name: string; email: string; role: BoardRole; explicit: boolean }
	>();
	for (const member of team) {
		byId.set(member.userId, { ...member, role: accountRole(null, member.role)!, explicit: false });
	}
	for (const member of explicit) byId.set(member.userId, { ...member, explicit: true });
	return [...byId.values()];
}

export const load: PageServerLoad = async (event) => {
	const { boards, shareLinks } = await facilitator(event);
	const board = (await boards.get(event.params.id))!;
	return {
		board: { id: board.id, title: board.title },
		links: await shareLinks.active(board.id),
		people: await people(board.id, board.teamId)
	};
};

export const actions: Actions = {
	createLink: async (event) => {
		const { user, shareLinks } = await facilitator(event);
		const form = await readForm(event.request);
		const role = form.choice('role', LINK_ROLES);
		const expiry = form.choice('expiry', EXPIRY_CHOICES);
		if (!role || !expiry) return fail(400, { action: 'createLink', message: m.error_generic() });
		const lifetime = EXPIRY_MS[expiry];
		const { token } = await shareLinks.create({
			boardId: event.params.id,
			role,
			allowGuests: form.checked('guests'),
			expiresAt: lifetime === null ? null : Date.now() + lifetime,
			createdBy: user.id
		});
		return { action: 'createLink', link: `${event.url.origin}/s/${token}` };
	},
	revokeLink: async (event) => {
		const { shareLinks } = await facilitator(event);
		await shareLinks.revoke(event.params.id, (await readForm(event.request)).text('link'));
		boardEvents().emit('access-changed', event.params.id);
		return { action: 'revokeLink' };
	},
	setRole: async (event) => {
		const { boards, boardMembers } = await facilitator(event);
		const form = await readForm(event.request);
		const userId = form.text('user');
		const role = form.choice('role', BOARD_ROLES);
		const board = (await boards.get(event.params.id))!;
		const known = (await people(board.id, board.teamId)).some((p) => p.userId === userId);
		if (!known || !role) return fail(400, { action: 'setRole', message: m.error_generic() });
		await boardMembers.setRole(board.id, userId, role);
		boardEvents().emit('access-changed', board.id);
		return { action: 'setRole' };
	},
	removeRole: async (event) => {
		const { boardMembers } = await facilitator(event);
		await boardMembers.remove(event.params.id, (await readForm(event.request)).text('user'));
		boardEvents().emit('access-changed', event.params.id);
		return { action: 'removeRole' };
	}
};
