/**
 * Keyboard access to the marks of a chart: the chart is one tab stop; the arrow keys move the focus
 * between its marks (elements with data-point), Home and End to the first and last. Each mark
 * carries its figures in aria-label, so a screen reader reads them as the focus moves.
 */
export function arrowKeys(node: HTMLElement | SVGElement) {
	function onKeydown(event: Event): void {
		const e = event as KeyboardEvent;
		const marks = Array.from(node.querySelectorAll<SVGElement>('[data-point]'));
		if (marks.length === 0) return;
		const at = marks.indexOf(document.activeElement as SVGElement);
		let next: number;
		if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(marks.length - 1, at + 1);
		else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
		else if (e.key === 'Home') next = 0;
		else if (e.key === 'End') next = marks.length - 1;
		else return;
		e.preventDefault();
		marks.forEach((m, i) => m.setAttribute('tabindex', i === next ? '0' : '-1'));
		marks[next].focus();
	}
	node.addEventListener('keydown', onKeydown);
	return { destroy: () => node.removeEventListener('keydown', onKeydown) };
}
