import type { ProgressT } from './figures-format';

/** The legend of every progress chart on the page. */
export const chartLabels = (t: ProgressT) => ({
	actual: t('progress.legendActual'),
	target: t('progress.legendTarget'),
	deadline: t('progress.legendDeadline'),
	projection: t('progress.legendProjection'),
	reference: t('progress.legendReference')
});
