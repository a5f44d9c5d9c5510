// Two copies of one widget on the same data, as in two browser tabs: each copy is a frame (`copy.html`) with a
// document and a store of its own, so a change in one is not pushed to the other, and the second copy acts on
// what it read earlier. It then meets the conflicts the service guards against (`license_already_assigned`,
// `exceeds_deletable`, `stale_preview`, a 412 on a stale `If-Match`), and the widget explains each. Both frames
// talk to the one mock this page runs: the service worker hands a frame's requests to the page above it.
import type { MockService } from '@allot/mock';
import { byId, h, languageField, selectField } from '../shared/dom.js';
import { clockControl } from '../shared/clock.js';
import { startDemoMock } from '../shared/mock.js';
import { views } from '../shared/widgets.js';

/** The widgets that write shared data, and the conflicts a reviewer can make with two copies of each. */
const trials: Record<string, readonly [conflict: string, steps: string][]> = {
  'license-table': [
    [
      'precondition_failed (412)',
      'Assign the first free Live Reports license to someone in copy 1, then assign the same license in copy 2: copy 2 sends the version it read, which is no longer the license’s, so the service refuses it before it could say license_already_assigned; the widget names who holds it now.',
    ],
    [
      'exceeds_deletable',
      'Delete all the deletable licenses of one product in copy 1, then try to delete as many in copy 2.',
    ],
  ],
  'inactive-members-pruner': [
    [
      'stale_preview',
      'Open “Remove inactive members” in copy 2 and leave it open; archive a team in copy 1; then confirm the removal in copy 2.',
    ],
  ],
  'minutes-balance': [
    [
      'precondition_failed (412)',
      'Open “Edit” on Team Berlin in copy 2 and leave it open; edit Team Berlin and save it in copy 1; then save in copy 2.',
    ],
  ],
};

const COPIES = [1, 2] as const;

let service: MockService;
let locale = 'en';
let tag = new URLSearchParams(location.hash.slice(1)).get('widget') ?? 'license-table';
if (!(tag in trials)) tag = 'license-table';
const frames = new Map<number, HTMLIFrameElement>();

const labelOf = (of: string) => views.find((view) => view.tag === of)?.label ?? of;

function frameOf(copy: number): HTMLIFrameElement {
  const frame = h('iframe', {
    class: 'copy-frame',
    title: `${labelOf(tag)}, copy ${copy}`,
    src: `./copy.html?${new URLSearchParams({ widget: tag, copy: String(copy), lang: locale })}`,
  });
  // A language picked while the frame was loading applies once it has loaded.
  frame.addEventListener('load', () => applyLocale(frame));
  frames.set(copy, frame);
  return frame;
}

/** Same origin: the page may reach into a frame and switch its language in place. */
function applyLocale(frame: HTMLIFrameElement) {
  frame.contentDocument?.querySelector('allot-provider')?.setAttribute('locale', locale);
}

/** Reloads both copies: after a reset or a step of the clock, both read the data afresh. */
function reloadCopies() {
  for (const frame of frames.values()) frame.contentWindow?.location.reload();
}

function render() {
  history.replaceState(null, '', `#widget=${tag}`);
  byId('try').replaceChildren(
    h('h2', {}, `What to try with the ${labelOf(tag).toLowerCase()}`),
    h(
      'ol',
      { class: 'trials' },
      ...(trials[tag] ?? []).map(([conflict, steps]) => h('li', {}, h('code', {}, conflict), ': ', steps)),
    ),
  );
  byId('copies').replaceChildren(...COPIES.map(frameOf));
}

function toolbar() {
  const which = selectField(
    'Widget',
    Object.keys(trials).map((of) => [of, labelOf(of)] as const),
    tag,
    { name: 'widget' },
  );
  which.select.addEventListener('change', () => {
    tag = which.select.value;
    render();
  });
  const language = languageField(locale, (picked) => {
    locale = picked;
    for (const frame of frames.values()) applyLocale(frame);
  });
  const reset = h('button', { type: 'button', class: 'secondary' }, 'Reset the data');
  reset.addEventListener('click', () => {
    service.reset({ scenario: 'default', seed: 1 });
    reloadCopies();
  });
  byId('toolbar').replaceChildren(which.field, language, reset, clockControl(service, reloadCopies));
}

async function main() {
  // The frames are added once the mock runs: their requests need the service worker in place.
  service = await startDemoMock();
  toolbar();
  render();
}

void main();
