// Newline-delimited JSON off a stream, in linear time however long a line is (an import's whole file arrives as one
// line, in thousands of chunks): each chunk is searched once, and a line is joined only when its end arrives.
export interface LineSplitter {
  /** Feeds a chunk; calls onLine for each line it completes. False when a line passed `maxChars` (it is dropped). */
  push(chunk: string): boolean;
}

export function lineSplitter(onLine: (line: string) => void, maxChars = Infinity): LineSplitter {
  let parts: string[] = [];
  let size = 0;
  return {
    push(chunk) {
      let from = 0;
      let newline: number;
      while ((newline = chunk.indexOf('\n', from)) >= 0) {
        if (size + newline - from > maxChars) return refuse();
        parts.push(chunk.slice(from, newline));
        const line = parts.join('');
        parts = [];
        size = 0;
        from = newline + 1;
        onLine(line);
      }
      if (from < chunk.length) {
        parts.push(chunk.slice(from));
        size += chunk.length - from;
      }
      return size <= maxChars || refuse();
    },
  };
  function refuse(): false {
    parts = [];
    size = 0;
    return false;
  }
}
