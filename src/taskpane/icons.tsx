/**
 * The few Fabric icons the pane uses, drawn as text so the add-in loads no icon font from a CDN
 * (initializeIcons would fetch one; the pane must work offline and in tests).
 */
import * as React from 'react';
import { registerIcons } from 'office-ui-fabric-react';

let registered = false;

/** Idempotent: registering twice would make Fabric warn. */
export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  const glyph = (text: string): React.ReactElement => <span style={{ fontStyle: 'normal' }}>{text}</span>;
  registerIcons({
    icons: {
      ChevronDown: glyph('▾'), ChevronRight: glyph('▸'), CheckMark: glyph('✓'), Cancel: glyph('×'), Clear: glyph('×'),
      Info: glyph('ℹ'), ErrorBadge: glyph('⛔'), Blocked2: glyph('⛔'), Warning: glyph('⚠'), Completed: glyph('✓'),
    },
  });
}
