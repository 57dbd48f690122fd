import { z } from "zod";

/** The placeholders a template may use; anything else in braces is a config error. */
const TEMPLATE_PLACEHOLDERS = [
  "sender",
  "sender_session",
  "target_session",
  "incoming_topic",
  "timestamp",
  "run_id",
  "depth",
  "queue",
  "disposition",
] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>;

function checkPlaceholders(template: string, ctx: z.RefinementCtx): void {
  for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name ?? "")) {
      ctx.addIssue({
        code: "custom",
        message: `unknown placeholder {${name}}; use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`,
      });
    }
  }
}

/** A note's text with placeholders. */
export const Template = z.string().min(1).superRefine(checkPlaceholders);
/** A template that may render to nothing (a topic id: none means the session's own thread). */
export const OptionalTemplate = z.string().superRefine(checkPlaceholders);

/** Fills a template's placeholders; the values are plain text. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{([^}]*)\}/g, (whole, name: string) =>
    name in values ? values[name as keyof TemplateValues] : whole,
  );
}
