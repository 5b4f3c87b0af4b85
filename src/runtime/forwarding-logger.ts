/**
 * Log lines written by another thread's logger: a thread (the sender thread, an answer thread answering a message)
 * logs through `forwardingLogger`, which turns each call at or above the main logger's level into a record; the
 * main thread writes the records with its own logger (`writeLogRecord`: level, redaction, sink as for its own
 * lines). Calls below the level never leave the thread.
 */
import type { LogFields, Logger, LogLevel } from "../log.ts";

export type LogRecord = { log: LogLevel; msg: string; fields: LogFields } | { secret: string };

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** A Logger whose lines are handed to `send` as records. */
export function forwardingLogger(level: LogLevel, send: (record: LogRecord) => void): Logger {
  const min = LEVELS[level];
  const make = (base: LogFields): Logger => {
    const write = (at: LogLevel) => (msg: string, fields?: LogFields) => {
      if (LEVELS[at] < min) return;
      send({ log: at, msg, fields: { ...base, ...fields } });
    };
    return {
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: write("error"),
      child: (fields) => make({ ...base, ...fields }),
      addSecret: (value) => {
        if (typeof value === "string" && value) send({ secret: value });
      },
    };
  };
  return make({});
}

/** Writes a record another thread logged (its secret registered, its line at its level). */
export function writeLogRecord(logger: Logger, record: LogRecord): void {
  if ("secret" in record) logger.addSecret(record.secret);
  else logger[record.log](record.msg, record.fields);
}
