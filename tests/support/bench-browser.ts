import { chromium, type Browser } from '@playwright/test';
import { ensureChromium } from './debian-tools.ts';

/** Long enough for a new context's own loading (see `newSignedInPage`). */
const CHROMIUM_SETTLES_MS = 3_000;

/** Debian's Chromium for the browser benchmarks. */
export const launchBenchBrowser = (): Promise<Browser> =>
	chromium.launch({ executablePath: ensureChromium(), args: ['--disable-quic'] });

/**
 * A new browser profile (1440×900) signed in with `cookie` at `url`, with a page, once Chromium
 * has done its own work for it: a new context sometimes loads Chromium's omnibox pop-up (about
 * 200 or 400 chrome:// resources, compiled and run over up to 2 s, beside the page on this
 * machine's two cores), which a browser someone opens Werkbord in did when it started. No
 * `--disable-features` switch stopped it reliably.
 */
export async function newSignedInPage(browser: Browser, url: string, cookie: string) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const [name, value] = cookie.split('=') as [string, string];
	await context.addCookies([{ name, value, url }]);
	const page = await context.newPage();
	await new Promise((resolve) => setTimeout(resolve, CHROMIUM_SETTLES_MS));
	return { context, page };
}
