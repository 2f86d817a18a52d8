// A chart's tooltip, mounted the first time a pointer comes over the drawing: recharts' <Tooltip> registers with the
// chart's store and measures its box when mounted (a forced layout of the drawing just made), a sixth of what drawing
// one of Insights' charts cost, and nothing of it shows before a pointer hovers. recharts follows the pointer whether
// or not the tooltip is there, so the tooltip shows for the point under the pointer as soon as it is mounted.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Tooltip, type TooltipProps } from 'recharts';

const Hovered = createContext(false);

/** Around a recharts chart whose tooltip is a HoverTooltip: notes the first pointer over it. Only the tooltip
 * re-renders then, not the chart. */
export function HoverArea({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState(false);
  return (
    <div onPointerEnter={hovered ? undefined : () => setHovered(true)}>
      <Hovered.Provider value={hovered}>{children}</Hovered.Provider>
    </div>
  );
}

/** recharts' <Tooltip>, once a pointer has come over the HoverArea around the chart. */
export function HoverTooltip(props: TooltipProps) {
  return useContext(Hovered) ? <Tooltip {...props} /> : null;
}
