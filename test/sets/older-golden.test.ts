import { goldenSuite } from "../golden/golden-suite.ts";
import { OLDER_GOLDEN_SETS } from "../golden/sets.ts";

/** The older blind sets (`npm run test:sets`); `npm test` runs the newest (test/golden/golden.test.ts). */
goldenSuite(OLDER_GOLDEN_SETS);
