import { ensureChromium } from './chromium.ts';

try {
	console.log(`Using Chromium at ${ensureChromium()}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
