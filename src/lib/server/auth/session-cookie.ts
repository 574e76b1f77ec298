import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { services } from '../services/index.ts';
import { SESSION_COOKIE } from './cookie.ts';
import type { Session, SessionOwner } from './sessions.ts';

/** HttpOnly, SameSite=Lax, Secure when the site is served over HTTPS. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: number): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: new Date(expiresAt)
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

/** Starts a session for `owner` (ending the one this browser had) and sets its cookie. */
export async function startSession(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'locals'>,
	owner: SessionOwner
): Promise<Session> {
	const { sessions } = await services();
	if (event.locals.principal) await sessions.invalidate(event.locals.principal.sessionId);
	const { token, session } = await sessions.create(owner);
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
	return session;
}

const LOCAL_BASE = 'http://werkbord.invalid';

/**
 * Where to go after logging in: a path on this site from `?redirectTo=`, else `/`. The value is
 * resolved the way a browser would resolve a `Location` (which drops tabs and newlines and reads
 * `\\` as `/`), and only a result on our own origin is kept, re-serialised, so no control
 * character reaches the header.
 */
export function redirectTarget(url: URL): string {
	const target = url.searchParams.get('redirectTo');
	if (!target?.startsWith('/')) return '/';
	let resolved: URL;
	try {
		resolved = new URL(target, LOCAL_BASE);
	} catch {
		return '/';
	}
	if (resolved.origin !== LOCAL_BASE) return '/';
	const path = resolved.pathname + resolved.search + resolved.hash;
	// `/\evil` and `//evil` resolve to another host above; a path that still starts so is refused too.
	return path.startsWith('//') ? '/' : path;
}
