// The overlay's stylesheet, inside its shadow root: the page's styles cannot reach it and it cannot
// reach the page. Colours carry meaning twice over (a text label or pattern too), never alone.
export const overlayCss = `
.root { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; z-index: 2147483000;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1c1d; }
.clip { position: absolute; overflow: hidden; pointer-events: none; }
.underline { position: absolute; pointer-events: none; }
.segment { position: absolute; box-sizing: border-box; border-bottom: 2px solid #d93025; }
.underline[data-severity="info"] .segment { border-bottom-color: #1a73e8; }
.underline[data-message-level="true"] .segment { border-bottom-style: dotted; opacity: 0.7; }
.badge { position: absolute; box-sizing: border-box; display: flex; align-items: center; justify-content: center;
  padding: 0 4px; border: 0; border-radius: 10px; font: 600 11px/1 system-ui, sans-serif; color: #fff;
  cursor: pointer; pointer-events: auto; box-shadow: 0 1px 2px rgba(0,0,0,.3); }
.badge[data-band="good"] { background: #188038; }
.badge[data-band="fair"] { background: #b06000; }
.badge[data-band="poor"] { background: #c5221f; }
.badge[data-band="none"] { background: #5f6368; }
.badge[data-band="too-long"] { background: #5f6368; outline: 2px dashed #5f6368; outline-offset: 1px; }
.badge:focus-visible, button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.popup { position: absolute; box-sizing: border-box; width: 320px; max-height: 60vh; overflow: auto; pointer-events: auto;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.popup:focus { outline: none; }
.popup h2 { font-size: 14px; margin: 0 0 6px; }
.popup p { margin: 4px 0; }
.popup ul { list-style: none; margin: 0; padding: 0; }
.item { border-top: 1px solid #eee; padding: 6px 0; }
.item button.title { all: unset; font-weight: 600; cursor: pointer; }
.item button.title:focus-visible { outline: 2px solid #1a73e8; }
.suggestion { color: #444; }
.announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
.tag { font-size: 11px; color: #5f6368; margin-left: 4px; }
.breakdown { display: grid; grid-template-columns: 1fr auto; gap: 0 12px; margin-top: 8px; font-size: 12px; color: #444; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
.actions button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 4px; border: 1px solid #dadce0;
  background: #f8f9fa; cursor: pointer; }
.actions button[data-action="apply"] { background: #1a73e8; border-color: #1a73e8; color: #fff; }
`;
