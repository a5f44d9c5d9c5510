// One copy of a widget, in a frame of `conflicts.html`: a document of its own (so its modal dialogs leave the
// other copy usable) and a store of its own (so it hears nothing of the other copy's changes, as a second
// browser tab would). It starts no mock: the service worker hands its requests to the page that frames it,
// which runs the one mock both copies share.
import '@allot/widgets';
import { byId, h } from '../shared/dom.js';
import { BASE_URL } from '../shared/mock.js';
import { allTopics, provider, storeOf, views, widget } from '../shared/widgets.js';

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? 'license-table';
const name = `Copy ${params.get('copy') ?? '1'}`;
const label = `${views.find((view) => view.tag === tag)?.label ?? tag}, ${name.toLowerCase()}`;

const wrapper = provider(BASE_URL, params.get('lang') ?? 'en', 'tok_a_admin');
const { element, note } = widget(tag, { label });
wrapper.append(element);
const reload = h('button', { type: 'button', class: 'secondary' }, `Reload ${name.toLowerCase()}`);
// What reopening the tab would do: read everything again.
reload.addEventListener('click', () => storeOf(wrapper)?.changed(...allTopics));

const main = byId('copy');
// axe takes both frames as one page: each main landmark is named after its copy.
main.setAttribute('aria-labelledby', 'copy-title');
main.replaceChildren(
  h('header', {}, h('h1', { id: 'copy-title' }, label), reload),
  ...(note ? [note] : []),
  wrapper,
);
