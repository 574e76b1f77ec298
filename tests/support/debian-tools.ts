import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A program the tests run, from a Debian package. */
interface Tool {
	name: string;
	/** Where Debian's package puts it. */
	path: string;
	/** The variable that points at another copy. */
	pathVariable: string;
	debianPackage: string;
	why: string;
}

/** Playwright cannot download a browser here. */
export const CHROMIUM: Tool = {
	name: 'Chromium',
	path: '/usr/bin/chromium',
	pathVariable: 'CHROMIUM_PATH',
	debianPackage: 'chromium',
	why: 'the browser tests run in it'
};

/** deploy/Caddyfile is tested with the real proxy. */
export const CADDY: Tool = {
	name: 'Caddy',
	path: '/usr/bin/caddy',
	pathVariable: 'CADDY_PATH',
	debianPackage: 'caddy',
	why: 'the deployment test runs deploy/Caddyfile in it'
};

/** Where a tool is: its variable, else Debian's path; null when neither exists. */
export function findTool(tool: Tool): string | null {
	const path = process.env[tool.pathVariable] || tool.path;
	return existsSync(path) ? path : null;
}

/**
 * Finds a tool, installing Debian's package when it is missing and we may (root on Debian or
 * Ubuntu); otherwise explains exactly what to install.
 */
export function ensureTool(tool: Tool): string {
	const found = findTool(tool);
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!process.env[tool.pathVariable] && isRoot && hasApt) {
		console.log(`${tool.name} not found: installing Debian’s ${tool.debianPackage} package with apt-get…`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', tool.debianPackage], { stdio: 'inherit', env });
		const installed = findTool(tool);
		if (installed) return installed;
	}
	throw new Error(
		`${tool.name} not found at ${process.env[tool.pathVariable] || tool.path} (${tool.why}). Install it with ` +
			`\`sudo apt-get install -y ${tool.debianPackage}\` (Debian/Ubuntu) or point ${tool.pathVariable} at it.`
	);
}

export const ensureChromium = () => ensureTool(CHROMIUM);
