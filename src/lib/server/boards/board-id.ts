import { randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: 22 characters of base64url. */
export function newBoardId(): string {
	return randomBytes(16).toString('base64url');
}

export function isBoardId(value: string): boolean {
	return /^[A-Za-z0-9_-]{22}$/.test(value);
}
