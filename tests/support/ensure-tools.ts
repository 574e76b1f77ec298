import { CADDY, CHROMIUM, ensureTool } from './debian-tools.ts';

// The programs the tests need besides Node: those named (`chromium`, `caddy`), else all of them.
// .ci/run ensures all before `npm test`; `npm run test:e2e` only Chromium.
const tools = { chromium: CHROMIUM, caddy: CADDY };
const names = process.argv.slice(2);
try {
	for (const name of names.length > 0 ? names : Object.keys(tools)) {
		const tool = tools[name as keyof typeof tools];
		if (!tool) throw new Error(`unknown tool "${name}": one of ${Object.keys(tools).join(', ')}`);
		console.log(`Using ${tool.name} at ${ensureTool(tool)}`);
	}
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
