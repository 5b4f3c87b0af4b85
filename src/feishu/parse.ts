/**
 * Parsing of Feishu event payloads (already decrypted) into small typed shapes.
 * Every function here is total: arbitrary JSON in, a value out, never an exception.
 *
 * Shapes handled (Feishu Open Platform, 事件订阅):
 *   url_verification     {"challenge": "...", "token": "...", "type": "url_verification"}
 *   v2 event (schema 2.0){"schema": "2.0", "header": {"event_id", "event_type", "token", "create_time",
 *                         "app_id", "tenant_key"}, "event": {...}}
 *   v1 event             {"uuid": "...", "token": "...", "ts": "...", "type": "event_callback", "event": {"type": ...}}
 */

export type Envelope =
  | { kind: "challenge"; challenge: string; token: string | undefined }
  | {
      kind: "event";
      eventId: string;
      eventType: string;
      token: string | undefined;
      createTime: string | undefined;
      appId: string | undefined;
      tenantKey: string | undefined;
      event: unknown;
    }
  | { kind: "event_v1"; uuid: string; eventType: string; token: string | undefined; event: unknown }
  | { kind: "invalid"; reason: string };

export type Mention = { key: string; openId: string | undefined; name: string };

/** An `im.message.receive_v1` message, reduced to what the bot needs. */
export type IncomingMessage = {
  messageId: string;
  chatId: string;
  /** "p2p" or "group" (other values are passed through and treated like a group). */
  chatType: string;
  /** "text", "post", "image", "file", "sticker", … */
  messageType: string;
  /** "user" for people; "app" for bots and apps. */
  senderType: string;
  senderOpenId: string | undefined;
  mentions: Mention[];
  /** The message @-mentions everyone (@所有人). */
  mentionsAll: boolean;
  /** For text and post messages: the text, mention keys (`@_user_1`) still in place. */
  text: string | undefined;
  rootId: string | undefined;
  parentId: string | undefined;
  threadId: string | undefined;
  createTime: string | undefined;
};

export const MESSAGE_RECEIVE = "im.message.receive_v1";

/** Feishu's ids (om_…, oc_…, ou_…): letters, digits, "_" and "-". Anything else is not from Feishu. */
const FEISHU_ID = /^[A-Za-z0-9_-]{1,128}$/;
export function isFeishuId(value: string): boolean {
  return FEISHU_ID.test(value);
}
const AT_ALL_KEYS = new Set(["@_all", "all"]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const nonEmpty = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

export function parseEnvelope(body: unknown): Envelope {
  if (!isObj(body)) return { kind: "invalid", reason: "body is not a JSON object" };

  if (body.type === "url_verification") {
    const challenge = nonEmpty(body.challenge);
    if (challenge === undefined) return { kind: "invalid", reason: "url_verification without challenge" };
    return { kind: "challenge", challenge, token: str(body.token) };
  }

  if (body.schema !== undefined) {
    if (body.schema !== "2.0") return { kind: "invalid", reason: "unknown schema" };
    const header = body.header;
    if (!isObj(header)) return { kind: "invalid", reason: "schema 2.0 without header" };
    const eventId = nonEmpty(header.event_id);
    const eventType = nonEmpty(header.event_type);
    if (eventId === undefined) return { kind: "invalid", reason: "header.event_id missing" };
    if (eventType === undefined) return { kind: "invalid", reason: "header.event_type missing" };
    return {
      kind: "event",
      eventId,
      eventType,
      token: str(header.token),
      createTime: str(header.create_time),
      appId: str(header.app_id),
      tenantKey: str(header.tenant_key),
      event: body.event,
    };
  }

  if (body.type === "event_callback") {
    const uuid = nonEmpty(body.uuid);
    if (uuid === undefined) return { kind: "invalid", reason: "v1 event without uuid" };
    const eventType = isObj(body.event) ? nonEmpty(body.event.type) : undefined;
    if (eventType === undefined) return { kind: "invalid", reason: "v1 event without event.type" };
    return { kind: "event_v1", uuid, eventType, token: str(body.token), event: body.event };
  }

  return { kind: "invalid", reason: "neither url_verification nor an event" };
}

/** Parses the `event` object of im.message.receive_v1. Undefined when required fields are missing. */
export function parseMessageEvent(event: unknown): IncomingMessage | undefined {
  if (!isObj(event) || !isObj(event.message)) return undefined;
  const m = event.message;
  const messageId = nonEmpty(m.message_id);
  const chatId = nonEmpty(m.chat_id);
  const chatType = nonEmpty(m.chat_type);
  const messageType = nonEmpty(m.message_type);
  const content = str(m.content);
  if (!messageId || !chatId || !chatType || !messageType || content === undefined) return undefined;
  // The ids go into URL paths when replying: a value Feishu could not have issued is refused here already.
  if (!isFeishuId(messageId) || !isFeishuId(chatId)) return undefined;

  const sender = isObj(event.sender) ? event.sender : {};
  const senderId = isObj(sender.sender_id) ? sender.sender_id : {};

  const mentions: Mention[] = [];
  if (Array.isArray(m.mentions)) {
    for (const raw of m.mentions) {
      if (!isObj(raw)) continue;
      const key = nonEmpty(raw.key);
      if (key === undefined) continue;
      const id = isObj(raw.id) ? raw.id : {};
      mentions.push({ key, openId: nonEmpty(id.open_id), name: str(raw.name) ?? "" });
    }
  }

  // A post that embeds a document can arrive with an empty mentions[]: its `at` elements then carry the mentioned
  // user's open_id (ou_…) instead of a key (@_user_1). Each such element becomes a mention keyed by that id, which
  // is also what its text holds, so group @-detection and mention stripping work as for any other message.
  if (messageType === "post") {
    const keys = new Set(mentions.map((x) => x.key));
    for (const at of postAts(content)) {
      if (keys.has(at.userId) || at.userId.startsWith("@_") || at.userId === "all") continue;
      keys.add(at.userId);
      mentions.push({ key: at.userId, openId: at.userId.startsWith("ou_") ? at.userId : undefined, name: at.name });
    }
  }

  const text = messageType === "text" || messageType === "post" ? extractText(messageType, content) : undefined;
  const mentionsAll =
    mentions.some((x) => AT_ALL_KEYS.has(x.key) || x.openId === "all") ||
    (text !== undefined && /@_all(?![A-Za-z0-9_])/.test(text));

  return {
    messageId,
    chatId,
    chatType,
    messageType,
    senderType: str(sender.sender_type) ?? "",
    senderOpenId: nonEmpty(senderId.open_id),
    mentions,
    mentionsAll,
    text,
    rootId: nonEmpty(m.root_id),
    parentId: nonEmpty(m.parent_id),
    threadId: nonEmpty(m.thread_id),
    createTime: nonEmpty(m.create_time),
  };
}

/** The text of a text or post message (`content` is the JSON string Feishu sends). */
export function extractText(messageType: string, content: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (!isObj(parsed)) return undefined;
  if (messageType === "text") return str(parsed.text);
  if (messageType === "post") return postText(parsed);
  return undefined;
}

/** The `at` elements of a post's content: the user_id they carry (a key like @_user_1, or an id) and the name. */
function postAts(content: string): Array<{ userId: string; name: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return [];
  }
  const body = isObj(parsed) ? postBody(parsed) : undefined;
  const out: Array<{ userId: string; name: string }> = [];
  for (const paragraph of body && Array.isArray(body.content) ? body.content : []) {
    if (!Array.isArray(paragraph)) continue;
    for (const el of paragraph) {
      if (!isObj(el) || el.tag !== "at") continue;
      const userId = nonEmpty(el.user_id) ?? nonEmpty(el.open_id);
      if (userId) out.push({ userId, name: str(el.user_name) ?? "" });
    }
  }
  return out;
}

/** The {title, content} object of a post: top level, or inside a locale ({"zh_cn": {...}}). */
function postBody(post: Obj): Obj | undefined {
  if (Array.isArray(post.content)) return post;
  for (const value of Object.values(post)) {
    if (isObj(value) && Array.isArray(value.content)) return value;
  }
  return undefined;
}

/**
 * Post (富文本) content. Received events carry {"title", "content": [[element…]…]}; the send format wraps that
 * in a locale ({"zh_cn": {...}}), which is accepted too. `at` elements become their mention key so that the
 * same mention handling applies to text and post.
 */
function postText(post: Obj): string | undefined {
  const body = postBody(post);
  if (!body || !Array.isArray(body.content)) return undefined;
  const lines: string[] = [];
  const title = str(body.title);
  if (title?.trim()) lines.push(title);
  for (const paragraph of body.content) {
    if (!Array.isArray(paragraph)) continue;
    let line = "";
    for (const el of paragraph) {
      if (!isObj(el)) continue;
      switch (el.tag) {
        case "text":
        case "a":
        case "md":
        case "code_block":
          line += str(el.text) ?? "";
          break;
        case "at": {
          const key = str(el.user_id) ?? str(el.open_id) ?? "";
          line += key === "all" ? "@_all" : key;
          break;
        }
        default:
          break; // img, media, emotion, hr: no text
      }
    }
    lines.push(line);
  }
  return lines.join("\n");
}

/**
 * Removes mention keys from text: the bot's own mention (and @all) disappear, other people's become "@name".
 * Longer keys are replaced first so `@_user_10` is not eaten by `@_user_1`.
 */
export function stripMentions(text: string, mentions: Mention[], botOpenId: string | undefined): string {
  let out = text;
  const sorted = [...mentions].sort((a, b) => b.key.length - a.key.length);
  for (const m of sorted) {
    const isBot = botOpenId !== undefined && m.openId === botOpenId;
    const replacement = isBot || AT_ALL_KEYS.has(m.key) ? " " : m.name ? ` @${m.name} ` : " ";
    out = out.split(m.key).join(replacement);
  }
  out = out.replace(/@_all(?![A-Za-z0-9_])/g, " ");
  return out
    .replace(/[ \t\u00a0\u3000]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}
