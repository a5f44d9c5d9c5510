import { readElements } from '@allot/widgets/manifest';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AllotProvider, MinutesBalance, wrappers } from '../src/index.js';

describe('@allot/react on the server', () => {
  it('has a wrapper for every tag in the widgets’ Custom Elements Manifest', () => {
    expect(Object.keys(wrappers).sort()).toEqual(
      readElements()
        .map((element) => element.tag)
        .sort(),
    );
  });

  it('renders the widgets’ tags on the server, without a DOM', () => {
    const html = renderToString(
      <AllotProvider baseUrl="https://api.allot.dev/v1">
        <MinutesBalance />
      </AllotProvider>,
    );
    expect(html).toBe('<allot-provider><minutes-balance></minutes-balance></allot-provider>');
  });
});
