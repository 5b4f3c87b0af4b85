/** Knowledge errors carry a code that logs, the CLI and tests use. */
export type KnowledgeErrorCode = "E_KNOWLEDGE_SCHEMA" | "E_KNOWLEDGE_INVALID";

export class KnowledgeError extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KnowledgeError";
  }
}
