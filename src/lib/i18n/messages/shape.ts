/** The {placeholders} of a message text, as a union of their names (never when it has none). */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** What another language's catalogue must be: the same groups and keys as `V` (a missing or extra key fails npm run check). */
export type CatalogueShape<V> = { readonly [G in keyof V]: { readonly [K in keyof V[G]]: string } };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** "group.key" of every message whose placeholders differ between the two languages (never when none does). */
export type MismatchedPlaceholders<V, E> = {
	[G in keyof V & keyof E]: {
		[K in keyof V[G] & keyof E[G]]: Same<Placeholders<V[G][K]>, Placeholders<E[G][K]>> extends true ? never : `${G & string}.${K & string}`;
	}[keyof V[G] & keyof E[G]];
}[keyof V & keyof E];
