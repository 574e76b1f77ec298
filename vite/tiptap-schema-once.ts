import type { Plugin } from 'vite';

const GENERATE_HTML =
	/function generateHTML\(doc, extensions\) \{\n(\s*)const schema = getSchema\(extensions\);/;

/**
 * tldraw 3.15 measures every note, text and geo label by rendering its rich text to HTML with
 * tiptap's `generateHTML`, which builds a new ProseMirror schema from the extensions on every call
 * (about 0.7 ms, plus the garbage): opening a board of 2,000 notes spent 1.4 s there. The
 * extensions are one array for the editor's life, so the schema is built once per array. The
 * build fails if a tiptap update changes the function, rather than silently losing this.
 */
export function tiptapSchemaOnce(): Plugin {
	return {
		name: 'werkbord-tiptap-schema-once',
		transform(code, id) {
			if (!/[\\/]@tiptap[\\/]core[\\/]dist[\\/]index\.js$/.test(id)) return null;
			if (!GENERATE_HTML.test(code))
				throw new Error('@tiptap/core changed its generateHTML: see vite/tiptap-schema-once.ts');
			const patched = code.replace(
				GENERATE_HTML,
				(_, indent: string) =>
					`const generatedSchemas = new WeakMap();\nfunction generateHTML(doc, extensions) {\n${indent}let schema = generatedSchemas.get(extensions);\n${indent}if (!schema) generatedSchemas.set(extensions, (schema = getSchema(extensions)));`
			);
			return { code: patched, map: null };
		}
	};
}
