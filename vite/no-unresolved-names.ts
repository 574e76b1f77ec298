import { analyze } from 'eslint-scope';
import { parse } from 'espree';
import { KEYS } from 'eslint-visitor-keys';
import globals from 'globals';
import type { Node, Program } from 'estree';
import type { Plugin } from 'vite';

// What some platform defines. Bundled libraries read `window` on the server and `global` in the
// browser behind checks this one does not follow; a lost import is named like none of these.
const PLATFORM = new Set([
	...Object.keys(globals.builtin),
	...Object.keys(globals.browser),
	...Object.keys(globals.node)
]);

/**
 * Fails the build when an output chunk reads a name that neither the chunk nor the platform
 * defines: a ReferenceError waiting for the page (or server) to reach it. A bundler that loses an
 * import on its way through re-exports leaves exactly that (rolldown has had such bugs), which
 * otherwise only a browser test that happens to run the code would catch.
 */
export function noUnresolvedNames(): Plugin {
	return {
		name: 'werkbord-no-unresolved-names',
		apply: 'build',
		// Once written: until then Vite still fills in placeholders such as `__VITE_PRELOAD__`.
		writeBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const names = unresolvedNames(chunk.code, PLATFORM);
				if (names.length > 0) {
					this.error(
						`${chunk.fileName} reads ${names.join(', ')}, which nothing in it or the platform defines ` +
							'(see vite/no-unresolved-names.ts)'
					);
				}
			}
		}
	};
}

/**
 * The names `code` (an ES module) reads from the global scope that `known` lacks. A name the
 * code tests with `typeof`, or reads only inside a `try` block, is feature detection by the
 * libraries bundled (`typeof Bun`, `new ActiveXObject(…)`), not a mistake.
 */
export function unresolvedNames(code: string, known: ReadonlySet<string>): string[] {
	const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true }) as Program;
	const detected = new Set<string>();
	const tried = new Set<object>();
	walk(program, false, (node, inTry) => {
		if (node.type === 'UnaryExpression' && node.operator === 'typeof') {
			const name = rootName(node.argument);
			if (name) detected.add(name);
		} else if (node.type === 'Identifier' && inTry) {
			tried.add(node);
		}
	});
	const { globalScope } = analyze(program, { ecmaVersion: 2022, sourceType: 'module' });
	const names = new Set<string>();
	for (const { identifier } of globalScope?.through ?? []) {
		const { name } = identifier;
		if (!known.has(name) && !detected.has(name) && !tried.has(identifier)) names.add(name);
	}
	return [...names];
}

/** `a` of `a`, `a.b` or `a.b.c`. */
function rootName(node: Node): string | null {
	if (node.type === 'Identifier') return node.name;
	if (node.type === 'MemberExpression') return rootName(node.object);
	return null;
}

function walk(node: Node, inTry: boolean, visit: (node: Node, inTry: boolean) => void): void {
	visit(node, inTry);
	for (const key of KEYS[node.type] ?? []) {
		const inside = inTry || (node.type === 'TryStatement' && key === 'block');
		const child = (node as unknown as Record<string, unknown>)[key];
		for (const each of Array.isArray(child) ? child : [child]) {
			if (isNode(each)) walk(each, inside, visit);
		}
	}
}

function isNode(value: unknown): value is Node {
	return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}
