import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { BASE, fakeTime, json, makeClient, problem, server } from './server.js';

const SERVER_TIME = 'Mon, 16 Nov 2026 09:30:00 GMT';

describe("the service's clock", () => {
  it('is the local clock until a response says otherwise', () => {
    fakeTime();
    vi.setSystemTime(Date.parse('2031-05-05T12:00:00Z'));
    expect(makeClient().now()).toBe(Date.parse('2031-05-05T12:00:00Z'));
  });

  it("follows the Date of the latest response, however far off the device's clock is", async () => {
    fakeTime();
    vi.setSystemTime(Date.parse('2031-05-05T12:00:00Z'));
    server.use(http.get(`${BASE}/me`, () => json({}, 200, { date: SERVER_TIME })));
    const client = makeClient();
    await client.me();
    expect(client.now()).toBe(Date.parse(SERVER_TIME));
    await vi.advanceTimersByTimeAsync(90_000);
    expect(new Date(client.now()).toISOString()).toBe('2026-11-16T09:31:30.000Z');
  });

  it('learns from an error response too, and ignores a Date it cannot read', async () => {
    fakeTime();
    vi.setSystemTime(Date.parse('2031-05-05T12:00:00Z'));
    server.use(
      http.get(`${BASE}/me`, () => problem(404, 'not_found', {}, { date: SERVER_TIME })),
      http.get(`${BASE}/minute-accounts`, () => json({}, 200, { date: 'soon' })),
    );
    const client = makeClient();
    await client.me().catch(() => undefined);
    await client.minutes.accounts.list();
    expect(client.now()).toBe(Date.parse(SERVER_TIME));
  });
});
