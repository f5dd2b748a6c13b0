// Property tests draw new cases on every local run (that is how they find bugs). `FC_SEED` replays one
// seed instead: `.ci/run` sets it, so whether a change lands is decided by the change, not by the draw.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
