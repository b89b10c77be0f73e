// What a site adapter tells the live linter: where the composers are on the page, what kind each
// one is, and how to read its text. Everything site-specific lives behind this interface.
import type { Channel } from '../types';
import type { TextMapOptions } from './text-map';

export type Site = 'slack' | 'gmail' | 'generic';

/** Shown on the overlay element as `data-composer`, so tests and the popup can tell composers apart. */
export type ComposerKind = 'channel' | 'thread' | 'edit' | 'compose' | 'reply' | 'field';

export interface ComposerTarget {
  /** The element the user types the message body into; its presence is the composer's presence. */
  editor: HTMLElement;
  kind: ComposerKind;
  /** A one-line field linted with the body as one message (Gmail's subject), if the composer has one. */
  subject: HTMLInputElement | null;
}

export interface SiteAdapter {
  site: Site;
  channel: Channel;
  /** Every composer currently in the document, in document order. */
  findComposers(document: Document): ComposerTarget[];
  /** How to read the body's DOM as text (what to skip, which elements stand for text). */
  textMapOptions: TextMapOptions;
}
