// The React page: the widgets through the @allot/react wrappers, inside a React 19 app that keeps
// its own state (the language) and lists the events it receives through the wrappers' `on…` props.
import '@allot/widgets';
import { StrictMode, useCallback, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BASE_URL, startDemoMock } from '../../shared/mock.js';
import { AllotProvider, MinutesBalance, ShareDialog, wrappers } from '@allot/react';

interface Received {
  id: number;
  type: string;
  detail: string;
}

const SNIPPET = `import { AllotProvider, MinutesBalance, ShareDialog } from '@allot/react';
import '@allot/widgets'; // registers the tags

<AllotProvider baseUrl="https://api.allot.dev/v1" locale={locale} getToken={fetchWidgetToken}>
  <MinutesBalance onAllotMinutesTransferred={(e) => toast(\`\${e.detail.minutes} minutes moved\`)} />
  <ShareDialog accountId="acc_pool_a" onAllotShareCreated={(e) => track(e.detail.recipientEmail)} />
</AllotProvider>`;

/** The wrappers beyond the two shown by name above (license table, pruner, invitations) as they land. */
const more = Object.entries(wrappers).filter(
  ([tag]) => !['allot-provider', 'minutes-balance', 'share-dialog'].includes(tag),
);

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="panel host" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function App() {
  const [locale, setLocale] = useState('en');
  const [received, setReceived] = useState<Received[]>([]);
  const record = useCallback((event: CustomEvent<unknown>) => {
    setReceived((list) =>
      [
        { id: Date.now() + Math.random(), type: event.type, detail: JSON.stringify(event.detail) },
        ...list,
      ].slice(0, 50),
    );
  }, []);

  return (
    <>
      <div className="panel">
        <label className="field" htmlFor="react-locale">
          <span>Language (React state, passed to the provider's locale property)</span>
          <select id="react-locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
      </div>
      <AllotProvider baseUrl={BASE_URL} locale={locale} token="tok_a_admin">
        <Section title="Minutes and sharing">
          <MinutesBalance
            onAllotMinutesTransferred={record}
            onAllotMinutesPurchased={record}
            onAllotProjectCreated={record}
            onAllotShareAccepted={record}
            onAllotError={record}
          />
          <ShareDialog accountId="acc_pool_a" onAllotShareCreated={record} onAllotError={record} />
        </Section>
        {more.map(([tag, Wrapper]) => (
          <Section key={tag} title={`<${tag}>`}>
            <Wrapper />
          </Section>
        ))}
      </AllotProvider>
      <section className="panel" aria-labelledby="received-title">
        <h2 id="received-title">Events received by React props</h2>
        {received.length === 0 ? (
          <p className="muted">None yet: transfer, buy or share minutes above.</p>
        ) : (
          <ol className="react-events">
            {received.map((entry) => (
              <li key={entry.id} data-event-type={entry.type}>
                <code>{entry.type}</code> <span className="muted">{entry.detail}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <Section title="The code">
        <pre>
          <code>{SNIPPET}</code>
        </pre>
      </Section>
    </>
  );
}

async function main() {
  await startDemoMock();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
