import "server-only";
import { InvalidFieldsError } from "@/lib/errors";
import type { BulkFailure, BulkOutcome, BulkSelectionInput } from "@/lib/validation/bulk";

/** What one bulk action supplies to the two-step protocol of lib/validation/bulk.ts. */
export interface BulkStages<Op extends string> {
  ops: readonly Op[];
  /** The items the server would act on now, resolved from the ids or the filter. */
  resolve: (op: Op) => Promise<number>;
  /** Acts on them (re-resolving, each item re-checked by its write). */
  run: (op: Op) => Promise<{ done: number; attempted: number; failures: BulkFailure[] }>;
  question: (op: Op, count: number) => string;
  summary: (op: Op, outcome: { done: number; attempted: number; failures: number }) => string;
}

/**
 * The shared steps of a bulk action: the first submission resolves the selection and asks for a
 * confirmation that names the count the server will act on; the confirmation's button carries
 * that count back, and the action runs only if the selection still resolves to exactly as many
 * items (else it asks again, saying the number changed). Without JavaScript each step is a page.
 */
export async function runBulkStages<Op extends string>(
  input: BulkSelectionInput & { op?: string },
  stages: BulkStages<Op>,
): Promise<BulkOutcome> {
  if (input.cancel) return { stage: "cancelled" };
  const [confirmedOp, confirmedCount] = input.confirm?.split(":") ?? [];
  const op = (confirmedOp ?? input.op) as Op | undefined;
  if (!op || !stages.ops.includes(op)) throw new InvalidFieldsError({ op: "opInvalid" });
  if (input.ids.length === 0 && !input.all) throw new InvalidFieldsError({ ids: "noneSelected" });
  const count = await stages.resolve(op);
  if (count === 0) throw new InvalidFieldsError({ ids: "noneInScope" });
  const named = confirmedCount === undefined ? null : Number(confirmedCount);
  if (named === null || named !== count) {
    return {
      stage: "confirm",
      op,
      count,
      question: stages.question(op, count),
      changedFrom: named,
    };
  }
  const result = await stages.run(op);
  return {
    stage: "done",
    op,
    summary: stages.summary(op, {
      done: result.done,
      attempted: result.attempted,
      failures: result.failures.length,
    }),
    failures: result.failures,
  };
}
