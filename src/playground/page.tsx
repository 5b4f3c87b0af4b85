/**
 * The playground page and its pieces, server-rendered with hono/jsx (every string escaped by JSX).
 *
 * Works without JavaScript: the form posts to "/" and the page comes back with the exchange. With JavaScript,
 * /playground/app.js posts to /playground/reply and appends the returned exchange to the conversation.
 */
import type { Child } from "hono/jsx";
import { ASK_FORM_ID, CardView } from "./card.tsx";

/** What the bot would send for one message: a card (with its text fallback), a text message, or nothing. */
export type PlaygroundReply =
  | { kind: "card"; card: unknown; text: string; oversize: boolean }
  | { kind: "text"; text: string }
  | { kind: "ignored" };

export type ExchangeData = { question: string; reply: PlaygroundReply };

export const PAGE_TITLE = "高新区协同助手 · 试用";

function RawJson({ label, value }: { label: string; value: unknown }) {
  return (
    <details class="raw">
      <summary>{label}</summary>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

function BotReply({ reply }: { reply: PlaygroundReply }): Child {
  switch (reply.kind) {
    case "card":
      // Feishu refuses oversized cards; the bot then sends the text instead, and so does the page.
      if (reply.oversize) {
        return (
          <>
            <div class="bubble bot-text">{reply.text}</div>
            <p class="hint">卡片超过飞书的大小上限，机器人会改发这段文字。</p>
            <RawJson label="卡片 JSON（interactive）" value={reply.card} />
          </>
        );
      }
      return (
        <>
          <CardView card={reply.card} />
          <RawJson label="卡片 JSON（interactive）" value={reply.card} />
        </>
      );
    case "text":
      return (
        <>
          <div class="bubble bot-text">{reply.text}</div>
          <RawJson label="消息 JSON（text）" value={{ text: reply.text }} />
        </>
      );
    case "ignored":
      return <p class="hint">机器人不回复这条消息。</p>;
  }
}

/** One question and the bot's reply. */
export function Exchange({ data }: { data: ExchangeData }) {
  return (
    <article class="exchange">
      <div class="msg user">
        <div class="bubble user-text">{data.question}</div>
      </div>
      <div class="msg bot">
        <BotReply reply={data.reply} />
      </div>
    </article>
  );
}

/** A failure the page shows in the conversation (bad request, engine down). */
export function ErrorNote({ message }: { message: string }) {
  return (
    <article class="exchange">
      <p class="error" role="alert">
        {message}
      </p>
    </article>
  );
}

export function Page(props: {
  examples: readonly string[];
  /** What the bot knows, in one sentence (the first line of /帮助, counted from the knowledge). */
  intro: string;
  /** This tab's conversation (follow-up context); the page script keeps it in sessionStorage. */
  conversationId: string;
  exchange?: ExchangeData | undefined;
  maxChars: number;
  /** Shown when the page is public beside a Feishu bot (PLAYGROUND=1 with credentials). */
  publicNotice: boolean;
}) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{PAGE_TITLE}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/playground/app.css" />
        <script src="/playground/app.js" defer />
      </head>
      <body>
        <header class="top">
          <h1>高新区协同助手</h1>
          <p>
            试用页：回答与机器人在飞书里发出的卡片相同，每个答案都附原文出处。
            {props.publicNotice ? "（此页面对能访问本端口的任何人开放。）" : "（本地模式，不连接飞书。）"}
          </p>
        </header>
        <main id="log" class="log" aria-live="polite">
          {props.exchange ? (
            <Exchange data={props.exchange} />
          ) : (
            <div class="empty">
              <p class="intro">{props.intro}</p>
              <p>在下面输入问题，或点一个示例。发送 /帮助 查看用法。</p>
            </div>
          )}
        </main>
        <form class="ask" id={ASK_FORM_ID} method="post" action="/">
          <input type="hidden" name="cid" value={props.conversationId} />
          {/* The text box and 发送 come first: Enter submits with the form's first submit button. CSS shows the
              examples above them. */}
          <div class="row">
            <input
              type="text"
              name="q"
              id="q"
              maxlength={props.maxChars}
              placeholder={props.examples[0] ? `问一个问题，例如：${props.examples[0]}` : "问一个问题"}
              autocomplete="off"
              aria-label="问题"
            />
            <button type="submit" class="send">
              发送
            </button>
            <button type="submit" name="ask" value="/简报" class="briefing">
              /简报
            </button>
          </div>
          <div class="examples">
            {props.examples.map((q) => (
              <button type="submit" name="ask" value={q} class="chip">
                {q}
              </button>
            ))}
          </div>
        </form>
      </body>
    </html>
  );
}
