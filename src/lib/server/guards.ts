import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { resolveBoardRole, roleAllows, type BoardRole } from './access/roles.ts';
import type { Principal } from './auth/principal.ts';
import { services } from './services.ts';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The signed-in account; anyone else is sent to the login page and brought back afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): UserPrincipal {
	const principal = event.locals.principal;
	if (principal?.kind === 'user') return principal;
	redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
}

/**
 * The caller's role on a board. A board they cannot see is 404, exactly like one that does not
 * exist; one they see but may not do this on is 403.
 */
export async function requireBoardRole(
	principal: Principal | null,
	boardId: string,
	needed: BoardRole
): Promise<BoardRole> {
	const { db } = await services();
	const role = principal ? await resolveBoardRole(db, principal, boardId) : null;
	if (!role) error(404, m.board_not_found());
	if (!roleAllows(role, needed)) error(403, m.access_denied());
	return role;
}
