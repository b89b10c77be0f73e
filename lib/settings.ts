// User and team settings, validated with zod wherever they cross a boundary (storage, a config
// file, an import). Settings come from places we do not control (sync storage edited by another
// version, a hand-written JSON file, an admin policy), so parsing must never throw: a bad part is
// replaced by its default and reported, every good part is kept.
import { z } from 'zod';
import { RULE_IDS, type RuleId, type Severity } from './types';

export const SETTINGS_VERSION = 1;

const ruleSettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: z.enum(['warning', 'info']).optional(),
  })
  .strict();

const teamWordSchema = z.string().trim().min(1).max(80);

/** The full settings schema, strict: used to explain a bad config file or import field by field. */
export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION).optional(),
    paused: z.boolean().optional(),
    rules: z.partialRecord(z.enum(RULE_IDS), ruleSettingSchema).optional(),
    sites: z
      .object({
        slack: z.boolean().optional(),
        gmail: z.boolean().optional(),
        optIn: z.array(z.string().url()).max(200).optional(),
      })
      .strict()
      .optional(),
    team: z
      .object({
        urgentChannel: z.string().trim().max(80).optional(),
        artifactWords: z.array(teamWordSchema).max(200).optional(),
        allowList: z.array(teamWordSchema).max(500).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SettingsInput = z.infer<typeof settingsSchema>;

export interface RuleSetting {
  enabled: boolean;
  /** Overrides the rule's default severity when set. */
  severity?: Severity;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Pause everywhere: no site does any work. */
  paused: boolean;
  /** Only rules the user changed appear here; the rest use the rule's defaults. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  sites: { slack: boolean; gmail: boolean; optIn: string[] };
  team: {
    /** Named in urgent-language's suggestion as the place for true emergencies. */
    urgentChannel: string;
    /** Extra nouns that name artifacts the reader would need a link for (e.g. "runbook"). */
    artifactWords: string[];
    /** Terms never flagged by any rule (matched case-insensitively as whole words). */
    allowList: string[];
  };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    paused: false,
    rules: {},
    sites: { slack: true, gmail: true, optIn: [] },
    team: { urgentChannel: '', artifactWords: [], allowList: [] },
  };
}

export interface SettingsIssue {
  /** Dotted path of the dropped value, e.g. "team.allowList.2"; "" for the whole object. */
  path: string;
  message: string;
}

export interface ParsedSettings {
  settings: Settings;
  dropped: SettingsIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('; ');
}

/** Reads `input[key]` with `schema`; on failure records why and returns undefined. */
function readField<T>(
  input: Record<string, unknown>,
  key: string,
  path: string,
  schema: z.ZodType<T>,
  dropped: SettingsIssue[],
): T | undefined {
  if (!(key in input) || input[key] === undefined) return undefined;
  const result = schema.safeParse(input[key]);
  if (result.success) return result.data;
  dropped.push({ path: path ? `${path}.${key}` : key, message: describe(result.error) });
  return undefined;
}

/** Keeps the valid items of an array, dropping (and reporting) the rest one by one. */
function readList(
  input: Record<string, unknown>,
  key: string,
  path: string,
  itemSchema: z.ZodType<string>,
  max: number,
  dropped: SettingsIssue[],
): string[] | undefined {
  if (!(key in input) || input[key] === undefined) return undefined;
  const value = input[key];
  const fieldPath = `${path}.${key}`;
  if (!Array.isArray(value)) {
    dropped.push({ path: fieldPath, message: 'expected a list' });
    return undefined;
  }
  const kept: string[] = [];
  value.forEach((item, index) => {
    const result = itemSchema.safeParse(item);
    if (!result.success) dropped.push({ path: `${fieldPath}.${index}`, message: describe(result.error) });
    else if (kept.length >= max) dropped.push({ path: `${fieldPath}.${index}`, message: `more than ${max} entries` });
    else if (!kept.includes(result.data)) kept.push(result.data);
  });
  return kept;
}

function reportUnknownKeys(input: Record<string, unknown>, known: readonly string[], path: string, dropped: SettingsIssue[]): void {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) dropped.push({ path: path ? `${path}.${key}` : key, message: 'unknown setting' });
  }
}

/**
 * Turns anything (corrupted storage, an old version, a hand-edited file) into valid settings.
 * Never throws. Every valid part of the input is kept; every invalid part falls back to its
 * default and is listed in `dropped` with the reason.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const settings = defaultSettings();
  const dropped: SettingsIssue[] = [];
  if (input === undefined || input === null) return { settings, dropped };
  if (!isRecord(input)) {
    dropped.push({ path: '', message: 'settings must be an object' });
    return { settings, dropped };
  }
  reportUnknownKeys(input, ['version', 'paused', 'rules', 'sites', 'team'], '', dropped);
  readField(input, 'version', '', z.literal(SETTINGS_VERSION), dropped);
  settings.paused = readField(input, 'paused', '', z.boolean(), dropped) ?? settings.paused;

  if (input.rules !== undefined) {
    if (!isRecord(input.rules)) dropped.push({ path: 'rules', message: 'expected an object keyed by rule id' });
    else {
      for (const [id, value] of Object.entries(input.rules)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          dropped.push({ path: `rules.${id}`, message: 'unknown rule id' });
          continue;
        }
        if (!isRecord(value)) {
          dropped.push({ path: `rules.${id}`, message: 'expected an object like {"enabled": false}' });
          continue;
        }
        // Field by field, so a bad "enabled" does not take a good "severity" down with it.
        const path = `rules.${id}`;
        reportUnknownKeys(value, ['enabled', 'severity'], path, dropped);
        const enabled = readField(value, 'enabled', path, z.boolean(), dropped);
        const severity = readField(value, 'severity', path, z.enum(['warning', 'info']), dropped);
        if (enabled === undefined && severity === undefined) continue;
        const rule: RuleSetting = { enabled: enabled ?? true };
        if (severity) rule.severity = severity;
        settings.rules[id as RuleId] = rule;
      }
    }
  }

  if (input.sites !== undefined) {
    if (!isRecord(input.sites)) dropped.push({ path: 'sites', message: 'expected an object' });
    else {
      reportUnknownKeys(input.sites, ['slack', 'gmail', 'optIn'], 'sites', dropped);
      settings.sites.slack = readField(input.sites, 'slack', 'sites', z.boolean(), dropped) ?? settings.sites.slack;
      settings.sites.gmail = readField(input.sites, 'gmail', 'sites', z.boolean(), dropped) ?? settings.sites.gmail;
      settings.sites.optIn = readList(input.sites, 'optIn', 'sites', z.string().url(), 200, dropped) ?? settings.sites.optIn;
    }
  }

  if (input.team !== undefined) {
    if (!isRecord(input.team)) dropped.push({ path: 'team', message: 'expected an object' });
    else {
      reportUnknownKeys(input.team, ['urgentChannel', 'artifactWords', 'allowList'], 'team', dropped);
      settings.team.urgentChannel =
        readField(input.team, 'urgentChannel', 'team', z.string().trim().max(80), dropped) ?? settings.team.urgentChannel;
      settings.team.artifactWords =
        readList(input.team, 'artifactWords', 'team', teamWordSchema, 200, dropped) ?? settings.team.artifactWords;
      settings.team.allowList = readList(input.team, 'allowList', 'team', teamWordSchema, 500, dropped) ?? settings.team.allowList;
    }
  }
  return { settings, dropped };
}

/**
 * Strict validation for a file the user hands us on purpose (CLI --config, options-page import):
 * either the whole thing is valid, or the answer names each bad field. Nothing is half-applied.
 */
export function validateSettingsStrict(input: unknown): { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] } {
  const result = settingsSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  return { ok: true, settings: parseSettings(result.data).settings };
}

export function isRuleEnabled(settings: Settings, id: RuleId, enabledByDefault: boolean): boolean {
  return settings.rules[id]?.enabled ?? enabledByDefault;
}
