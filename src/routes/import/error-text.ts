import { describeImportError } from '$lib/data/import/errors';
import type { Locale } from '$lib/base/locale';

/** What a failure of the import worker or the workspace says to the reader: a described import error, else its message. */
export function errorText(error: unknown, locale: Locale): string {
	const failure = (error as { error?: { code: Parameters<typeof describeImportError>[0] | null; detail: Record<string, string | number> } }).error;
	if (failure?.code) return describeImportError(failure.code, failure.detail, locale);
	return error instanceof Error ? error.message : String(error);
}
