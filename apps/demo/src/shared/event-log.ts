// Listens on `document` to every `allot-*` event the built widgets document (they bubble and are composed)
// and lists each with its type and detail, as text.
import meta from 'virtual:allot-widgets-meta';
import { h } from './dom.js';

const MAX_ENTRIES = 200;

function describeSource(event: Event): string {
  const target = event.target instanceof Element ? event.target : undefined;
  if (!target) return '';
  const labelled = target.closest<HTMLElement>('[data-log-source]');
  const where = labelled?.dataset['logSource'];
  return `from <${target.localName}>${where ? ` in ${where}` : ''}`;
}

function detailText(detail: unknown): string {
  if (detail === undefined || detail === null) return String(detail);
  try {
    return JSON.stringify(detail, null, 2);
  } catch {
    return String(detail);
  }
}

/** Mounts the log into `host` and starts listening. Returns a function that stops it. */
export function mountEventLog(host: HTMLElement): () => void {
  const count = h('p', { 'aria-live': 'polite' }, 'No event yet: use a widget.');
  const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear');
  const list = h('ol', { 'aria-label': 'Events, newest first' });
  const section = h(
    'section',
    { class: 'event-log panel', 'aria-labelledby': 'event-log-title' },
    h('header', {}, h('h2', { id: 'event-log-title' }, 'Event log'), count, clear),
    list,
  );
  host.append(section);
  let total = 0;

  const onEvent = (event: Event) => {
    total += 1;
    count.textContent = `${total} event${total === 1 ? '' : 's'} (every allot-* event bubbling to document)`;
    const time = new Date();
    const entry = h(
      'li',
      { class: event.type === 'allot-error' ? 'error' : undefined, 'data-event-type': event.type },
      h(
        'div',
        { class: 'meta' },
        h('time', { datetime: time.toISOString() }, time.toLocaleTimeString()),
        h('code', { class: 'type' }, event.type),
        h('span', { class: 'source' }, describeSource(event)),
      ),
      h('pre', {}, detailText((event as CustomEvent<unknown>).detail)),
    );
    list.prepend(entry);
    while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
  };
  clear.addEventListener('click', () => {
    list.replaceChildren();
    total = 0;
    count.textContent = 'Cleared.';
  });
  for (const name of meta.events) document.addEventListener(name, onEvent);
  return () => {
    for (const name of meta.events) document.removeEventListener(name, onEvent);
    section.remove();
  };
}
