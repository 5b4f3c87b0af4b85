/**
 * Long-connection mode (FEISHU_MODE=ws): events arrive over the SDK's WSClient instead of the webhook, for
 * teams without a public URL. The connection is authenticated when it is opened (app id + secret), and events
 * on it are plaintext, so there is no signature, decryption or token to check; everything after that —
 * parsing, deduplication, the queue, the reply — is the same code as the webhook.
 *
 * The SDK hands a registered handler the event flattened ({...header, ...event}); we rebuild the v2 envelope
 * so the shared dispatcher sees exactly what the webhook would.
 */
import * as lark from "@larksuiteoapi/node-sdk";
import { AppError, type ErrorCode, ErrorCodes } from "../errors.ts";
import { describeError, type Logger } from "../log.ts";
import { CARD_ACTION_TRIGGER } from "./card-callback.ts";
import { MESSAGE_RECEIVE } from "./parse.ts";
import { sdkLogger } from "./send.ts";

export type WsOptions = {
  appId: string;
  appSecret: string;
  domain: string;
  logger: Logger;
  /** Receives a v2 envelope ({schema, header, event}); must return quickly (Feishu wants an answer in 3 s).
   *  A throw, or a result with a 5xx `status`, makes Feishu push the event again. */
  onEnvelope: (envelope: Record<string, unknown>) => Promise<unknown>;
};

const HEADER_FIELDS = ["event_id", "event_type", "create_time", "token", "app_id", "tenant_key"] as const;

/** Rebuilds {schema, header, event} from the SDK's flattened event object. */
export function envelopeFromFlat(flat: Record<string, unknown>): Record<string, unknown> {
  const header: Record<string, unknown> = {};
  const event: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if ((HEADER_FIELDS as readonly string[]).includes(key)) header[key] = value;
    else if (key !== "schema") event[key] = value;
  }
  return { schema: "2.0", header, event };
}

/**
 * The SDK's dispatcher with our one handler. A failure must reach the SDK as a thrown error: the WSClient then
 * answers Feishu with code 500 and the event is pushed again, as a webhook 500 is retried. So the handler
 * rethrows what `onEnvelope` throws, and turns a 5xx result (the dedup store failed: nothing was queued) into an
 * error too. A 4xx (a malformed event) is final: retrying it would fail the same way.
 */
export function createWsDispatcher(options: Pick<WsOptions, "logger" | "onEnvelope">): lark.EventDispatcher {
  const { logger } = options;
  const dispatcher = new lark.EventDispatcher({ logger: sdkLogger(logger), loggerLevel: lark.LoggerLevel.warn });
  dispatcher.register({
    [MESSAGE_RECEIVE]: async (data: unknown) => {
      let result: unknown;
      try {
        result = await options.onEnvelope(envelopeFromFlat((data ?? {}) as Record<string, unknown>));
      } catch (error) {
        logger.error("ws event failed, Feishu will push it again", { code: ErrorCodes.E_WS, ...describeError(error) });
        throw error;
      }
      const { status, code } = (result ?? {}) as { status?: unknown; code?: unknown };
      if (typeof status === "number" && status >= 500) {
        const failure = typeof code === "string" ? (code as ErrorCode) : ErrorCodes.E_WS;
        logger.error("ws event not accepted, Feishu will push it again", { code: failure, status });
        throw new AppError(failure, `event not accepted (${status})`);
      }
      return undefined;
    },
    // Card buttons: the handler's answer (toast and/or card) goes back over the connection as the callback's
    // response. (The SDK's flattening lets the event's card token shadow header.token; neither is needed here.)
    [CARD_ACTION_TRIGGER]: async (data: unknown) => {
      try {
        const result = await options.onEnvelope(envelopeFromFlat((data ?? {}) as Record<string, unknown>));
        return (result as { body?: unknown } | undefined)?.body ?? {};
      } catch (error) {
        logger.error("ws card callback failed", { code: ErrorCodes.E_WS, ...describeError(error) });
        return {};
      }
    },
  } as lark.EventHandles);
  return dispatcher;
}

export function startWsClient(options: WsOptions): { close(): void } {
  const { logger } = options;
  logger.addSecret(options.appSecret);
  const dispatcher = createWsDispatcher(options);

  const client = new lark.WSClient({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: options.domain,
    logger: sdkLogger(logger),
    loggerLevel: lark.LoggerLevel.warn,
    autoReconnect: true,
    onReady: () => logger.info("long connection ready"),
    onReconnecting: () => logger.warn("long connection lost, reconnecting", { code: ErrorCodes.E_WS }),
    onReconnected: () => logger.info("long connection restored"),
    onError: (error) => logger.error("long connection failed", { code: ErrorCodes.E_WS, ...describeError(error) }),
  });
  client.start({ eventDispatcher: dispatcher }).catch((error: unknown) => {
    logger.error("long connection failed to start", { code: ErrorCodes.E_WS, ...describeError(error) });
  });
  return { close: () => client.close({ force: true }) };
}
