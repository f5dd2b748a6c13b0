/** How org rules cite the guide: `${GUIDE} item 6`. */
export const GUIDE = '2017 guide';
