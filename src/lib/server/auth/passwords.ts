import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane). Algorithm 2 is argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordWeakness(
	password: string,
	context: string[] = []
): 'short' | 'long' | 'guessable' | null {
	if (password.length < PASSWORD_MIN_LENGTH) return 'short';
	if (password.length > PASSWORD_MAX_LENGTH) return 'long';
	const lower = password.toLowerCase();
	if (new Set(lower).size < 4) return 'guessable';
	if (context.some((part) => part.length >= 3 && lower.includes(part.toLowerCase()))) return 'guessable';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
