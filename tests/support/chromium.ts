import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; null when neither exists. */
export function findChromium(): string | null {
	const path = process.env.CHROMIUM_PATH || DEFAULT_PATH;
	return existsSync(path) ? path : null;
}

/**
 * Finds Chromium, installing Debian's package when it is missing and we may (root on Debian or
 * Ubuntu); otherwise explains exactly what to install. Playwright cannot download a browser here.
 */
export function ensureChromium(): string {
	const found = findChromium();
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
		console.log('Chromium not found: installing Debian’s chromium package with apt-get…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		const installed = findChromium();
		if (installed) return installed;
	}
	throw new Error(
		`Chromium not found at ${process.env.CHROMIUM_PATH || DEFAULT_PATH}. Install it with ` +
			'`sudo apt-get install -y chromium` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium binary.'
	);
}
