import { CADDY, CHROMIUM, ensureTool } from './debian-tools.ts';

// Run by .ci/run before `npm test`: the programs the tests need besides Node.
try {
	for (const tool of [CHROMIUM, CADDY]) console.log(`Using ${tool.name} at ${ensureTool(tool)}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
