// Nouns that name a resource a reader would have to go and find. Checked by tests: lower case,
// singular where a plural is just "+s", no duplicates.
export const RESOURCE_NOUNS: readonly string[] = [
  'doc', 'document', 'file', 'folder', 'sheet', 'spreadsheet', 'deck', 'slide', 'presentation', 'spec', 'ticket', 'pr',
  'pull request', 'mr', 'merge request', 'design', 'mockup', 'mock', 'wireframe', 'prototype', 'dashboard', 'report',
  'recording', 'guide', 'handbook', 'runbook', 'playbook', 'wiki', 'draft', 'notes', 'minutes', 'brief', 'template',
  'form', 'portal', 'policy', 'contract', 'agreement', 'proposal', 'nda', 'sop', 'po', 'purchase order', 'packet', 'memo',
  'one-pager', 'checklist', 'tracker', 'repo', 'repository', 'screenshot', 'cap table', 'forecast', 'order form',
  'transcript', 'video', 'loom', 'screencast', 'guideline', 'link', 'page', 'post', 'article', 'alerts', 'board', 'issue', 'branch', 'commit', 'changelog',
  'release notes', 'invoice', 'quote', 'budget', 'calendar', 'survey', 'questionnaire', 'application', 'paper',
];

/** Places where files live: "it's in the shared drive" points at a resource without a link. */
export const RESOURCE_PLACES: readonly string[] = [
  'shared drive', 'drive', 'google drive', 'folder', 'repo', 'repository', 'figma', 'portal', 'intranet', 'wiki',
  'confluence', 'notion', 'sharepoint', 'dropbox', 'box', 'jira', 'the ticket', 'teams', 'onedrive', 'the usual place',
  'my drive', 'the channel', 'the doc', 'the deck', 'the sheet', 'the tracker', 'the system', 'finance drive', 'finance folder',
];

/** Verbs that make something new: their object is not an existing resource to link. */
export const CREATION_VERBS: readonly string[] = [
  'write', 'draft', 'create', 'make', 'build', 'prepare', 'redo', 'rewrite', 'start', 'produce', 'compose', 'put',
  'design', 'set', 'open', 'record', 'draw', 'sketch', 'raise', 'submit', 'add', 'come', 'refresh',
];

/** Verbs whose object must be opened to act on: "review it" needs to say where "it" is. */
export const OPENING_VERBS: readonly string[] = ['review', 'read', 'proofread', 'approve', 'sign', 'check', 'look', 'go', 'open', 'comment'];
