/** Names that stay right: finding and fixing other spellings of the people of a visit. */
export { findNameIssues, type NameIssue, type NameIssueKind } from './find-issues';
export { fixAll } from './fix';
export { applyNameFixes, findContentNameIssues, fixAllNamesInContent, type TextNodeIssues } from './content';
export { NameIndex, nameIndexFor, type NamedPerson } from './name-index';
export { findMentions } from './mentions';
