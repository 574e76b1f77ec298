/** Board ids are `newId()`s (auth/tokens.ts): 22 characters of base64url. */
export function isBoardId(value: string): boolean {
	return /^[A-Za-z0-9_-]{22}$/.test(value);
}
