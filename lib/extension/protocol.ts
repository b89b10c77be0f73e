// Messages between the extension's parts (background, popup, content scripts), one schema each,
// checked with zod where they are received: a message is data from another context, never trusted.
import { z } from 'zod';
import { CATEGORIES, RULE_IDS } from '../types';

export const contentRequestSchema = z.discriminatedUnion('type', [
  /** The keyboard shortcut: open the findings panel of the focused composer. */
  z.object({ type: z.literal('open-panel') }),
  /** The popup asks for the focused draft's score and findings. */
  z.object({ type: z.literal('get-draft') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

const offsetSchema = z.number().int().nonnegative();

const findingSchema = z.object({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['warning', 'info']),
  start: offsetSchema,
  end: offsetSchema,
  message: z.string(),
  suggestion: z.string(),
  messageLevel: z.boolean(),
});

const categoryScoreSchema = z.object({ category: z.enum(CATEGORIES), penalty: z.number(), ruleIds: z.array(z.enum(RULE_IDS)) });

/** A draft that was linted: its score, its findings and the points lost by category. */
const checkedDraftSchema = z.object({
  score: z.number().int().min(0).max(100),
  findings: z.array(findingSchema),
  breakdown: z.array(categoryScoreSchema),
});

/**
 * A draft longer than the content script checks as you type: its length and the limit, in
 * characters (the overlay's `TooLong`), so the popup says what the in-page notice says. It has no
 * score or findings: such a draft is not linted at all.
 */
const tooLongDraftSchema = z
  .object({
    status: z.literal('too-long'),
    length: z.number().int().positive(),
    limit: z.number().int().positive(),
  })
  .refine(({ length, limit }) => length > limit, 'a draft too long to check is longer than the limit');

/**
 * The focused draft: linted, too long to check, or null when there is none. The linted shape is the
 * one the protocol had before drafts could be too long, unchanged, so it carries no `status`; the
 * too-long one is tried first, so a draft marked too long is never read as linted.
 */
export const draftStateSchema = z.union([tooLongDraftSchema, checkedDraftSchema]).nullable();
export type DraftState = z.infer<typeof draftStateSchema>;
export type CheckedDraft = z.infer<typeof checkedDraftSchema>;

/**
 * The content script's answer to "get-draft": its site (the popup cannot always read the tab's
 * address, so the page says where it is) and the focused draft (see draftStateSchema).
 */
export const draftAnswerSchema = z.object({ site: z.enum(['slack', 'gmail', 'generic']), draft: draftStateSchema });
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

/** Messages the content scripts send to the background. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [
  /** The focused draft's score changed; null when there is no draft (empty, none focused, site off). */
  z.object({ type: z.literal('draft-score'), score: z.number().int().min(0).max(100).nullable() }),
]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;

/**
 * A content script asks the background to lint a draft (the engine lives only there, off the
 * page's main thread). `settings` is the fingerprint of the settings the page has in force, so the
 * background can tell when its own copy is behind; `timeZone` is the page's, the writer's zone
 * (the background's may differ: a browser can report another zone to its pages).
 */
export const lintRequestSchema = z.object({
  type: z.literal('lint'),
  id: z.number().int().nonnegative(),
  text: z.string(),
  channel: z.enum(['slack', 'email', 'generic']),
  settings: z.string(),
  timeZone: z.string().min(1).max(100),
});
export type LintRequest = z.infer<typeof lintRequestSchema>;

/** The background's answer to a lint request: the engine's result, or why there is none. */
export const lintAnswerSchema = z.union([
  z.object({
    id: z.number().int().nonnegative(),
    result: z.object({
      score: z.number().int().min(0).max(100),
      findings: z.array(
        findingSchema.extend({ fix: z.object({ start: offsetSchema, end: offsetSchema, replacement: z.string() }).optional() }),
      ),
      breakdown: z.array(categoryScoreSchema),
    }),
  }),
  z.object({ id: z.number().int().nonnegative(), error: z.string() }),
]);
export type LintAnswer = z.infer<typeof lintAnswerSchema>;

/** Name of the command declared in the manifest for the keyboard shortcut. */
export const OPEN_PANEL_COMMAND = 'open-panel';
