import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/integration/**/*.test.ts',
			'tests/abuse/**/*.test.ts',
			'src/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Integration tests start servers and child processes; two cores run them best one file at a time.
		fileParallelism: false
	}
});
