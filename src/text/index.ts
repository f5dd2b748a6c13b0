export { foldFullWidth } from './foldFullWidth.js';
export { toText } from './toText.js';
export { isBlank } from './isBlank.js';
export { MAX_LENGTH } from './limits.js';
export { quoteValue } from './quoteValue.js';
export { isHiddenChar, firstHiddenChar } from './hiddenChars.js';
export { textRules, textHiddenCharRule } from './rules.js';
