import { patchModule } from './patch-module.ts';

/** tiptap's helpers that build a schema from the extensions on every call. */
const PATCHED = ['generateHTML', 'generateText'] as const;
const header = (name: string) =>
	new RegExp(
		`function ${name}\\(doc, extensions(, options)?\\) \\{\\n([^\\n]*\\n)??(\\s*)const schema = getSchema\\(extensions\\);`
	);

/**
 * tldraw 3.15 measures every note, text and geo label by rendering its rich text to HTML with
 * tiptap's `generateHTML`, and checks whether a shape has text (on every hover, the first time
 * for every shape) with `generateText`; both build a new ProseMirror schema from the extensions
 * on every call (about 0.7 ms, plus the garbage): opening a board of 2,000 notes spent 1.4 s in
 * the one and 0.6 s in the other. The extensions are one array for the editor's life, so the
 * schema is built once per array. The build fails if a tiptap update changes these functions,
 * rather than silently losing this.
 */
export const tiptapSchemaOnce = () =>
	patchModule({
		name: 'werkbord-tiptap-schema-once',
		module: /[\\/]@tiptap[\\/]core[\\/]dist[\\/]index\.js$/,
		changed: '@tiptap/core changed its generateHTML or generateText',
		file: 'vite/tiptap-schema-once.ts',
		patch(code) {
			let patched = code;
			for (const name of PATCHED) {
				if (!header(name).test(patched)) return null;
				patched = patched.replace(header(name), (found: string) =>
					found.replace('getSchema(extensions)', 'schemaOnce(extensions)')
				);
			}
			const helper =
				'function schemaOnce(extensions) {\n' +
				'    const schemas = (schemaOnce.built ??= new WeakMap());\n' +
				'    let schema = schemas.get(extensions);\n' +
				'    if (!schema) schemas.set(extensions, (schema = getSchema(extensions)));\n' +
				'    return schema;\n' +
				'}\n';
			return `${patched}\n${helper}`;
		}
	});
