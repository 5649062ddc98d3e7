"use client";

import {
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useState,
  startTransition,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { BulkBar, type BulkOperation } from "@/components/dashboard/bulk/bulk-bar";
import type { BulkHeadingLevel } from "@/components/dashboard/bulk/bulk-confirmation";
import { BulkSelectionContext } from "@/components/dashboard/bulk/bulk-selection-context";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import type { FormState } from "@/lib/actions/staff-action-state";
import type { BulkOutcome } from "@/lib/validation/bulk";

type BulkAction = (
  state: FormState<BulkOutcome>,
  formData: FormData,
) => Promise<FormState<BulkOutcome>>;

export type { BulkOperation } from "@/components/dashboard/bulk/bulk-bar";

/** "Has the script run?": false in the server's HTML, true once hydrated; never changes after. */
const subscribeToNothing = () => () => {};

/** The row boxes of the form: outside the <form> element, tied to it by their form attribute. */
function rowBoxes(form: HTMLFormElement | null): HTMLInputElement[] {
  return [...(form?.elements ?? [])].filter(
    (element): element is HTMLInputElement =>
      element instanceof HTMLInputElement && element.name === "ids",
  );
}

/** Ticked ids, once each (a signature with two flags has a box in both groups). */
function readSelected(form: HTMLFormElement | null): Set<string> {
  return new Set(
    rowBoxes(form)
      .filter((box) => box.checked)
      .map((box) => box.value),
  );
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The one selection pattern of the dashboard's bulk actions (flagged signatures, the inbox, the
 * review queue). A plain form: row boxes named "ids" (bulk-checkbox.tsx; rendered in `children`,
 * before the <form> element and tied to it by the form attribute, so that rows may hold forms
 * of their own, such as the review queue's one-button publish), "Select all N matching
 * this filter" (all=matching: the server resolves the filter at action time), the operation's
 * fields (`fields`) and one button per operation. The first press asks the server, which answers
 * with a confirmation naming the count it will act on; "Yes" carries that count back
 * (lib/actions/bulk-stages.ts). Without JavaScript every step is a server-rendered page; with it,
 * the bar counts the selection live ("12 selected") and groups get a tri-state "select all".
 * Results and refusals are announced next to the buttons (ActionStatus).
 */
export function BulkForm({
  action,
  idPrefix,
  hidden,
  matchingCount,
  operations,
  fields,
  empty = false,
  headingLevel = 2,
  children,
}: {
  action: BulkAction;
  idPrefix: string;
  /** Fields the action needs besides the selection (the letter, the list's filter). */
  hidden: Record<string, string>;
  /** How many items the list's filter matches (across pages), for "Select all N matching". */
  matchingCount: number;
  operations: BulkOperation[];
  fields?: ReactNode;
  /** The list is empty: only the last result stays (the batch that emptied it is read). */
  empty?: boolean;
  /** The confirmation's heading level: 2 when the form is right under the page's h1. */
  headingLevel?: BulkHeadingLevel;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: {} });
  const formRef = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const result = state.status === "success" ? state.result : null;
  const values = result?.stage === "done" ? {} : state.values;
  const submitted = asList(values.ids);

  const recount = useCallback(() => {
    setSelected(readSelected(formRef.current));
    const all = formRef.current?.querySelector<HTMLInputElement>('input[name="all"]');
    setAllMatching(Boolean(all?.checked));
  }, []);
  // After a batch is done, the selection starts again empty; after any answer, count again.
  const done = result?.stage === "done";
  useEffect(() => {
    if (done) formRef.current?.reset();
    const frame = requestAnimationFrame(recount);
    return () => cancelAnimationFrame(frame);
  }, [state, done, recount]);

  const setMany = useCallback(
    (ids: readonly string[], checked: boolean) => {
      const wanted = new Set(ids);
      for (const box of rowBoxes(formRef.current)) {
        if (wanted.has(box.value)) box.checked = checked;
      }
      recount();
    },
    [recount],
  );

  // With the script, submit without React's automatic form reset, which would put every <select>
  // back to its first option between the question and its confirmation (the reason, the outcome
  // chosen). Without it, the browser posts the form and the page comes back with the values.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  function onChange(event: React.ChangeEvent<HTMLDivElement>) {
    const box = event.target as unknown as HTMLInputElement;
    if (box.form !== formRef.current) return;
    // Keep the boxes of one id in step (the same signature listed under two reasons).
    if (box.name === "ids") setMany([box.value], box.checked);
    else recount();
  }

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const formId = `${idPrefix}form`;

  return (
    <BulkSelectionContext.Provider
      value={{ selected, submitted, setMany, interactive, idPrefix, formId }}
    >
      <FormStateProvider values={values} errors={errors} idPrefix={idPrefix}>
        {/* Change events of the rows and of the form's own fields both pass through here. */}
        <div onChange={onChange} className="flex flex-col gap-6">
          {children}
          <form
            id={formId}
            ref={formRef}
            action={formAction}
            onSubmit={onSubmit}
            className="flex flex-col gap-6"
            noValidate
          >
            {Object.entries(hidden).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            {empty ? null : fields}
            <BulkBar
              resultOnly={empty}
              state={state}
              idPrefix={idPrefix}
              matchingCount={matchingCount}
              count={interactive ? (allMatching ? matchingCount : selected.size) : null}
              operations={operations}
              pending={pending}
              headingLevel={headingLevel}
            />
          </form>
        </div>
      </FormStateProvider>
    </BulkSelectionContext.Provider>
  );
}
