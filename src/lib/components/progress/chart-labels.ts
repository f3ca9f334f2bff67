import type { ProgressT } from './figures-format';

/** The legend of every progress chart on the page. */
export const chartLabels = (t: ProgressT) => ({
	actual: t('legendActual'),
	target: t('legendTarget'),
	deadline: t('legendDeadline'),
	projection: t('legendProjection'),
	reference: t('legendReference')
});
