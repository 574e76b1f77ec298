import { error } from '@sveltejs/kit';

/**
 * A submitted form, read defensively: a field is text or absent (a file where text belongs is
 * absent). Choices are checked against their lists by the services, never looked up as object keys.
 */
export class FormFields {
	private readonly data: FormData;

	constructor(data: FormData) {
		this.data = data;
	}

	/** The field's text; '' when it is missing or not text. */
	text(name: string): string {
		const value = this.data.get(name);
		return typeof value === 'string' ? value : '';
	}

	/** An uploaded file's text, or null when there is none or it is larger than `maxBytes`. */
	async fileText(name: string, maxBytes: number): Promise<string | null> {
		const value = this.data.get(name);
		if (!(value instanceof File) || value.size === 0 || value.size > maxBytes) return null;
		return value.text();
	}

	/** A checkbox: ticked when sent as `on`. */
	checked(name: string): boolean {
		return this.text(name) === 'on';
	}
}

/** Reads a form action's body; a body that is not a well-formed form answers 400, not 500. */
export async function readForm(request: Request): Promise<FormFields> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		error(400, 'The form could not be read.');
	}
	return new FormFields(data);
}
