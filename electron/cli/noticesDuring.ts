// The notices Timelock pushes while one call runs (the words a window shows in its notices strip): a stop that saved
// less than the run, because entries from another computer hold part of its time, says so this way
// (TimerService.tellCovered), and the command line tells the person as the window does.
import type { CommandContext } from './command';

export async function noticesDuring<T>(onEvent: CommandContext['onEvent'], call: () => Promise<T>): Promise<{ value: T; notices: string[] }> {
  const notices: string[] = [];
  const stop = onEvent((event, payload) => {
    const message = (payload as { message?: unknown } | null)?.message;
    if (event === 'notice' && typeof message === 'string') notices.push(message);
  });
  try {
    return { value: await call(), notices };
  } finally {
    stop();
  }
}
