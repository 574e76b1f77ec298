import { defineConfig } from '@playwright/test';
import { ensureChromium } from './tests/support/debian-tools.ts';

const PORT = 4173;
const DATA_DIR = 'tests/.artifacts/e2e-data';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'tests/.artifacts/playwright',
	// One browser at a time: two cores also run the server.
	workers: 1,
	fullyParallel: false,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: ensureChromium(),
			args: ['--disable-quic', '--disable-background-networking', '--disable-component-update']
		}
	},
	webServer: {
		command: `rm -rf ${DATA_DIR} && node server/index.ts`,
		url: `http://127.0.0.1:${PORT}/healthz`,
		env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR },
		reuseExistingServer: false,
		timeout: 60_000
	}
});
