// The three IPC channel names between main and the preload. The contract's channels travel inside them as data,
// so a new contract channel never touches IPC.
export const IPC_CHANNELS = {
  /** renderer → main, invoke: (channel, payload) → the router's envelope. */
  invoke: 'timelock:invoke',
  /** main → renderer: (event name, payload) from the bus. */
  event: 'timelock:event',
  /** renderer → main: the page listens now; held events may be sent. */
  ready: 'timelock:ready',
} as const;
