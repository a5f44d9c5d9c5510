import type { Client, Data } from '@allot/sdk';
import { IdempotencyKeys } from '../base/idempotency.js';

export type Share = Data<'createShare'>;

/** What to share: the whole account, or a fixed number of minutes set apart in a new project. */
export type ShareRequest =
  | { mode: 'account'; accountId: string; recipientEmail: string }
  | {
      mode: 'minutes';
      accountId: string;
      recipientEmail: string;
      title: string;
      description: string;
      minutes: number;
    };

/** The steps of sharing a fixed number of minutes, in order. */
export type Step = 'project' | 'transfer' | 'share';

/** A step that succeeded, reported as it happens. */
export type Progress =
  | { step: 'project'; accountId: string; title: string }
  | { step: 'transfer'; transferId: string; from: string; to: string; minutes: number };

/** Thrown when a step fails: which step, and the API's error as `cause`. */
export class StepError extends Error {
  constructor(
    readonly step: Step,
    override readonly cause: unknown,
  ) {
    super(`Sharing stopped at ${step}`);
  }
}

/**
 * Shares an account, or a fixed number of minutes as three calls (create a project, transfer the minutes into
 * it, share it) run as one guided step. It remembers what succeeded, so after a failure `run` resumes from the
 * step that failed: the project is reused and a repeated call with the same body reuses its idempotency key,
 * so nothing is created, moved or sent twice.
 */
export class ShareFlow {
  /** The project created for a fixed number of minutes, once it exists. */
  project: { id: string; title: string } | undefined;
  /** Minutes moved into the project, once the transfer succeeded. */
  transferred: number | undefined;
  /** The step that failed last, if the last run failed. */
  failedAt: Step | undefined;
  readonly #keys = new IdempotencyKeys();

  /** True once part of a fixed-number share is done and the rest is still to do. */
  get started(): boolean {
    return this.project !== undefined;
  }

  async run(
    client: Client,
    request: ShareRequest,
    onProgress: (done: Progress) => void = () => {},
  ): Promise<Share> {
    let step: Step = 'share';
    try {
      let accountId = request.accountId;
      if (request.mode === 'minutes') {
        step = 'project';
        if (!this.project) {
          const body = request.description
            ? { title: request.title, description: request.description }
            : { title: request.title };
          const { data } = await client.minutes.projects.create(body, {
            idempotencyKey: this.#keys.for(step, body),
          });
          this.project = { id: data.id, title: data.title };
          onProgress({ step, accountId: data.id, title: data.title });
        }
        step = 'transfer';
        if (this.transferred === undefined) {
          const body = {
            fromAccountId: request.accountId,
            toAccountId: this.project.id,
            minutes: request.minutes,
          };
          const transfer = await client.minutes.transfer(body, {
            idempotencyKey: this.#keys.for(step, body),
          });
          this.transferred = request.minutes;
          onProgress({
            step,
            transferId: transfer.id,
            from: transfer.fromAccountId,
            to: transfer.toAccountId,
            minutes: transfer.minutes,
          });
        }
        step = 'share';
        accountId = this.project.id;
      }
      const body = { accountId, recipientEmail: request.recipientEmail };
      const share = await client.shares.create(body, { idempotencyKey: this.#keys.for(step, body) });
      this.reset();
      return share;
    } catch (error) {
      this.failedAt = step;
      throw new StepError(step, error);
    }
  }

  /** Forgets the progress (after success, or to start a new share). */
  reset(): void {
    this.project = undefined;
    this.transferred = undefined;
    this.failedAt = undefined;
    this.#keys.clear();
  }
}
