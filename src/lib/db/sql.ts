/** A value that may be bound to a "?" placeholder. */
export type Param = string | number | bigint | boolean | null;

/** SQL text with "?" placeholders and the values bound to them, in order. */
export interface Query {
	readonly sql: string;
	readonly params: readonly Param[];
}

/**
 * The one place where query text is made. Interpolated values never enter the text: each becomes a
 * "?" placeholder and a bound parameter. A nested Query is spliced in with its own parameters.
 *
 *   sql`SELECT * FROM observation WHERE dataset = ${id}` → { sql: '… WHERE dataset = ?', params: [id] }
 */
export function sql(strings: TemplateStringsArray, ...values: (Param | Query)[]): Query {
	let text = strings[0];
	const params: Param[] = [];
	values.forEach((value, i) => {
		if (isQuery(value)) {
			text += value.sql;
			params.push(...value.params);
		} else {
			text += '?';
			params.push(value);
		}
		text += strings[i + 1];
	});
	return { sql: text, params };
}

function isQuery(value: Param | Query): value is Query {
	return typeof value === 'object' && value !== null && 'sql' in value && 'params' in value;
}

/** Joins fragments, e.g. a list of conditions: join([a, b], ' AND '). */
export function join(parts: readonly Query[], separator: string): Query {
	return {
		sql: parts.map((p) => p.sql).join(separator),
		params: parts.flatMap((p) => p.params)
	};
}
