import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../src/lib/server/auth/session-cookie.ts';

const target = (redirectTo: string) =>
	redirectTarget(new URL(`http://localhost/login?redirectTo=${encodeURIComponent(redirectTo)}`));

describe('where login sends you afterwards', () => {
	it.each(['/b/abc', '/b/abc?x=1#y', '/t/team', '/'])('keeps the local path %j', (path) => {
		expect(target(path)).toBe(path);
	});

	it.each([
		'/\t/evil.example/',
		'/\n/evil.example/',
		'/\r\n/evil.example/',
		'//evil.example/',
		'/\\evil.example/',
		'\\/evil.example/',
		'/../..//evil.example/',
		'https://evil.example/',
		'javascript:alert(1)',
		'evil.example',
		''
	])('sends %j home instead', (redirectTo) => {
		expect(target(redirectTo)).toBe('/');
	});

	it('encodes what a header must not carry', () => {
		expect(target('/b/x\u0000y z')).toBe('/b/x%00y%20z');
	});

	it('goes home without the parameter', () => {
		expect(redirectTarget(new URL('http://localhost/login'))).toBe('/');
	});
});
