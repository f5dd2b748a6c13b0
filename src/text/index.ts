export { foldFullWidth } from './foldFullWidth.js';
export { toText } from './toText.js';
export { isBlank } from './isBlank.js';
export { MAX_LENGTH } from './limits.js';
