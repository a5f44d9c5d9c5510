// A React app as an integrator writes it: the @allot/react wrappers, and a bare tag typed by @allot/widgets/jsx.
import type {} from '@allot/widgets/jsx';
import type { MinutesTransferredDetail } from '@allot/widgets';
import { AllotProvider, MinutesBalance } from '@allot/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [moved, setMoved] = useState<MinutesTransferredDetail[]>([]);
  return (
    <AllotProvider baseUrl="/v1" getToken={async () => 'tok_a_admin'}>
      <MinutesBalance onAllotMinutesTransferred={(event) => setMoved((list) => [...list, event.detail])} />
      <share-dialog
        account-id="acc_pool_a"
        onallot-share-created={(event) => console.log(event.detail.shareId)}
      />
      <output>{moved.reduce((sum, transfer) => sum + transfer.minutes, 0)} minutes moved</output>
    </AllotProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
