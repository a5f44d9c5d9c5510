/** The event type of an `allot-*` name, as the widgets declare it (a plain CustomEvent for an unknown name). */
export type AllotEventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[K]
  : CustomEvent<unknown>;
