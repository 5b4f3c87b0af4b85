/**
 * The question sets every run uses (golden.test.ts, growth.test.ts, scripts/known-failures.ts, scripts/golden.ts).
 * All are development sets now: the blind and growth sets were written by helpers who never saw the code, and
 * each was scored once at first sight before anything was changed for it (test/golden/first-sight/).
 */
import { fileURLToPath } from "node:url";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Questions about the knowledge folder: file names in test/golden/. */
export const GOLDEN_SETS = [
  "fact-questions.json",
  "holdout-questions.json",
  "third-questions.json",
  "fourth-questions.json",
  "blind-1-questions.json",
  "blind-2-questions.json",
  "blind-3-questions.json",
  "blind-4-questions.json",
  "blind-5-questions.json",
  "blind-6-questions.json",
  "blind-7-questions.json",
  "blind-8-questions.json",
  "blind-9-questions.json",
  "blind-13-questions.json",
  "blind-12-questions.json",
  "blind-17-questions.json",
  "blind-19-questions.json",
  "blind-20-questions.json",
  "blind-21-questions.json",
  "blind-22-questions.json",
  "blind-23-questions.json",
  "blind-24-questions.json",
  "blind-25-questions.json",
  "blind-26-questions.json",
  "blind-27-questions.json",
  "blind-28-questions.json",
  "blind-29-questions.json",
  "blind-30-questions.json",
  "blind-31-questions.json",
  "blind-32-questions.json",
  "blind-33-questions.json",
  "blind-34-questions.json",
  "blind-35-questions.json",
  "blind-36-questions.json",
] as const;

/** Questions about articles added at run time: [name in known-failures.json, questions file, articles folder]. */
export const GROWTH_SETS = [
  ["growth-questions.json", here("../growth/growth-questions.json"), here("../growth/articles/")],
  ["growth-2-questions.json", here("../growth2/growth-2-questions.json"), here("../growth2/articles/")],
  ["growth-3-questions.json", here("../growth3/growth-3-questions.json"), here("../growth3/articles/")],
  ["growth-4-questions.json", here("../growth4/growth-4-questions.json"), here("../growth4/articles/")],
  ["growth-5-questions.json", here("../growth5/growth-5-questions.json"), here("../growth5/articles/")],
  ["growth-6-questions.json", here("../growth6/growth-6-questions.json"), here("../growth6/articles/")],
  ["growth-7-questions.json", here("../growth7/growth-7-questions.json"), here("../growth7/articles/")],
  ["growth-8-questions.json", here("../growth8/growth-8-questions.json"), here("../growth8/articles/")],
  ["growth-9-questions.json", here("../growth9/growth-9-questions.json"), here("../growth9/articles/")],
  ["growth-13-questions.json", here("../growth13/growth-13-questions.json"), here("../growth13/articles/")],
  ["growth-14-questions.json", here("../growth14/growth-14-questions.json"), here("../growth14/articles/")],
  ["growth-15-questions.json", here("../growth15/growth-15-questions.json"), here("../growth15/articles/")],
  ["growth-16-questions.json", here("../growth16/growth-16-questions.json"), here("../growth16/articles/")],
  ["growth-12-questions.json", here("../growth12/growth-12-questions.json"), here("../growth12/articles/")],
  ["growth-18-questions.json", here("../growth18/growth-18-questions.json"), here("../growth18/articles/")],
  ["growth-17-questions.json", here("../growth17/growth-17-questions.json"), here("../growth17/articles/")],
  ["growth-19-questions.json", here("../growth19/growth-19-questions.json"), here("../growth19/articles/")],
  ["growth-21-questions.json", here("../growth21/growth-21-questions.json"), here("../growth21/articles/")],
  ["growth-22-questions.json", here("../growth22/growth-22-questions.json"), here("../growth22/articles/")],
  ["growth-23-questions.json", here("../growth23/growth-23-questions.json"), here("../growth23/articles/")],
  ["growth-24-questions.json", here("../growth24/growth-24-questions.json"), here("../growth24/articles/")],
  ["growth-25-questions.json", here("../growth25/growth-25-questions.json"), here("../growth25/articles/")],
  ["growth-26-questions.json", here("../growth26/growth-26-questions.json"), here("../growth26/articles/")],
  ["growth-27-questions.json", here("../growth27/growth-27-questions.json"), here("../growth27/articles/")],
  ["growth-28-questions.json", here("../growth28/growth-28-questions.json"), here("../growth28/articles/")],
  ["growth-29-questions.json", here("../growth29/growth-29-questions.json"), here("../growth29/articles/")],
  ["growth-30-questions.json", here("../growth30/growth-30-questions.json"), here("../growth30/articles/")],
  ["growth-31-questions.json", here("../growth31/growth-31-questions.json"), here("../growth31/articles/")],
  ["growth-32-questions.json", here("../growth32/growth-32-questions.json"), here("../growth32/articles/")],
  ["growth-33-questions.json", here("../growth33/growth-33-questions.json"), here("../growth33/articles/")],
  ["growth-34-questions.json", here("../growth34/growth-34-questions.json"), here("../growth34/articles/")],
  ["growth-35-questions.json", here("../growth35/growth-35-questions.json"), here("../growth35/articles/")],
  ["growth-36-questions.json", here("../growth36/growth-36-questions.json"), here("../growth36/articles/")],
] as const;
