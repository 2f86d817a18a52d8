import { describe, expect, it } from 'vitest';
import { hostOption } from '../../../electron/hosts/hostOption';

describe("a host's own option", () => {
  it('is read in either form, the first one given winning', () => {
    expect(hostOption(['--port', '4870'], 'port')).toEqual({ value: '4870', inline: false });
    expect(hostOption(['--port=4870', '--port', '1'], 'port')).toEqual({ value: '4870', inline: true });
    expect(hostOption(['--static', 'out'], 'port')).toBeUndefined();
  });

  it("leaves every other argument alone, Electron's switches and a command's options among them", () => {
    expect(hostOption(['/usr/bin/electron', '.', '--no-sandbox', '-psn_0_42', '--port', '0'], 'port')?.value).toBe('0');
    expect(hostOption(['log', 'Work', '--note', 'x', '--data-dir', 'd'], 'data-dir')?.value).toBe('d');
  });

  it('says when no value follows, and takes nothing after --', () => {
    expect(hostOption(['--port'], 'port')).toEqual({ value: undefined, inline: false });
    expect(hostOption(['--', '--port', '1'], 'port')).toBeUndefined();
  });
});
