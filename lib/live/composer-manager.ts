// Finds a site's composers as they come and go (single-page navigation, a thread opened, a second
// compose window) and keeps exactly one live session per composer: attached once, destroyed when
// its editor leaves the page, all stopped together when the site is switched off.
import type { ComposerTarget, SiteAdapter } from '../adapters/types';
import { ComposerSession, type OverlayPort, type Scheduler, type SessionOptions } from './composer-session';

/** How long page changes are gathered before looking for composers again. */
const SCAN_DELAY_MS = 50;

export interface ManagerOptions {
  adapter: SiteAdapter;
  document: Document;
  scheduler: Scheduler;
  createOverlay(target: ComposerTarget): Promise<OverlayPort>;
  lint: SessionOptions['lint'];
  ruleTitle: SessionOptions['ruleTitle'];
  disableRule: SessionOptions['disableRule'];
  resultChanged: SessionOptions['resultChanged'];
}

export class ComposerManager {
  private readonly sessions = new Map<HTMLElement, ComposerSession>();
  /** Editors whose overlay is being created, so a second scan does not attach them twice. */
  private readonly pending = new Set<HTMLElement>();
  private observer: MutationObserver | null = null;
  private scanQueued = false;
  private running = false;
  /** The composer the user typed in last, for the shortcut and the popup. */
  private lastFocused: ComposerSession | null = null;
  private readonly onFocusIn = (event: Event): void => {
    const target = event.target as Node | null;
    for (const session of this.sessions.values()) if (target && session.editor.contains(target)) this.lastFocused = session;
  };

  constructor(private readonly options: ManagerOptions) {}

  get attachedCount(): number {
    return this.sessions.size;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const { document } = this.options;
    this.observer = new MutationObserver((records) => {
      // Typing inside an attached editor changes nothing about which composers exist.
      const outsideEditors = records.some((record) => !this.isInsideAttachedEditor(record.target));
      if (outsideEditors) this.queueScan();
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('focusin', this.onFocusIn, true);
    this.scan();
  }

  /** Detaches every composer and stops watching the page: a switched-off site does no work. */
  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    this.options.document.removeEventListener('focusin', this.onFocusIn, true);
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
    this.pending.clear();
    this.lastFocused = null;
  }

  /** Lints every composer again (the settings changed). */
  relintAll(): void {
    for (const session of this.sessions.values()) session.relint();
  }

  /** The composer being typed in, or the last one that was. */
  focusedSession(): ComposerSession | null {
    for (const session of this.sessions.values()) if (session.hasFocus()) return session;
    return this.lastFocused;
  }

  private isInsideAttachedEditor(node: Node): boolean {
    for (const editor of this.sessions.keys()) if (editor.contains(node)) return true;
    return false;
  }

  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    this.options.scheduler.setTimeout(() => {
      this.scanQueued = false;
      if (this.running) this.scan();
    }, SCAN_DELAY_MS);
  }

  /** Attaches new composers and destroys the sessions of composers that are gone. */
  scan(): void {
    const found = this.options.adapter.findComposers(this.options.document);
    const present = new Set(found.map((target) => target.editor));
    for (const [editor, session] of this.sessions) {
      if (!present.has(editor) || !editor.isConnected) {
        session.destroy();
        this.sessions.delete(editor);
        // Holding on to it would keep the removed editor's whole DOM alive until the next focus.
        if (this.lastFocused === session) this.lastFocused = null;
      }
    }
    for (const target of found) {
      if (!this.sessions.has(target.editor) && !this.pending.has(target.editor)) void this.attach(target);
    }
  }

  private async attach(target: ComposerTarget): Promise<void> {
    this.pending.add(target.editor);
    const overlay = await this.options.createOverlay(target);
    const stillWanted = this.running && this.pending.delete(target.editor) && target.editor.isConnected;
    if (!stillWanted) {
      overlay.remove();
      return;
    }
    const session = new ComposerSession({
      target,
      adapter: this.options.adapter,
      overlay,
      scheduler: this.options.scheduler,
      lint: this.options.lint,
      ruleTitle: this.options.ruleTitle,
      disableRule: this.options.disableRule,
      resultChanged: this.options.resultChanged,
    });
    this.sessions.set(target.editor, session);
  }
}
