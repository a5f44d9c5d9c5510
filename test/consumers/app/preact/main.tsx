// A Preact app as an integrator writes it: the bare tags, typed by @allot/widgets/preact (no @types/react).
import type {} from '@allot/widgets/preact';
import '@allot/widgets';
import { render } from 'preact';
import { useState } from 'preact/hooks';

function App() {
  const [moved, setMoved] = useState(0);
  return (
    <allot-provider base-url="/v1" getToken={async () => 'tok_a_admin'}>
      <minutes-balance
        style={{ maxWidth: '48rem' }}
        page-size={20}
        onallot-minutes-transferred={(event) => setMoved((sum) => sum + event.detail.minutes)}
      />
      <output>{moved} minutes moved</output>
    </allot-provider>
  );
}

// The typings are real: a wrong value is an error (it would pass if they had fallen back to `any`).
// @ts-expect-error page-size takes a number or a string
export const wrongValue = <minutes-balance page-size={{}} />;
// @ts-expect-error the detail of allot-minutes-transferred has no `total`
export const wrongDetail = <minutes-balance onallot-minutes-transferred={(event) => event.detail.total} />;

render(<App />, document.getElementById('root')!);
