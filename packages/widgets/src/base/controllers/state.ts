import { TaskStatus } from '@lit/task';

/** Anything loaded that a view waits for: a `Task`, or a paged list's first page. */
export interface Loadable<T> {
  readonly status: TaskStatus;
  readonly value: T | undefined;
  readonly error: unknown;
  /** Loads again (the error state's "Try again"). */
  retry(): void;
}

/** The states of one view, in the order they win: what each shows. */
export interface StateViews<T, R> {
  /** Set when the role lacks what the view needs: shown without asking the API. */
  forbidden?: (() => R) | undefined;
  loading(): R;
  error(error: unknown, retry: () => void): R;
  /** Shown instead of `ready` when the loaded value has nothing to list. */
  empty?: { when(value: T): boolean; show(): R };
  ready(value: T): R;
}

/**
 * One ladder for every view of every widget, as `@lit/task`'s `render({ pending, complete, error })`:
 * forbidden, then error, then the value (kept on screen while a reload is pending, so a list does not blink),
 * empty or ready, else loading.
 */
export function renderState<T, R>(source: Loadable<T>, views: StateViews<T, R>): R {
  if (views.forbidden) return views.forbidden();
  if (source.status === TaskStatus.ERROR) return views.error(source.error, source.retry);
  const value = source.value;
  if (value === undefined) return views.loading();
  return views.empty?.when(value) ? views.empty.show() : views.ready(value);
}

/** A `Task` as a {@link Loadable}. */
export function loadable<T>(task: {
  status: TaskStatus;
  value?: T | undefined;
  error?: unknown;
  run(): unknown;
}): Loadable<T> {
  return {
    get status() {
      return task.status;
    },
    get value() {
      return task.value;
    },
    get error() {
      return task.error;
    },
    retry: () => void task.run(),
  };
}
