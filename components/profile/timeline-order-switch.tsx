"use client";

import clsx from "clsx";
import {
  Children,
  createContext,
  use,
  useState,
  useSyncExternalStore,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";

/**
 * The timeline's order, newest or oldest first. The events are rendered once, newest first, on
 * the server (the page stays one static, cacheable document); with JavaScript, the list below
 * re-renders its items in the chosen order, so the reading order, the focus order and what
 * assistive technologies meet all follow what is shown. Without JavaScript the timeline reads
 * newest first and the switch, which could not work, is not offered.
 */
export type TimelineOrder = "newest" | "oldest";

const OrderContext = createContext<[TimelineOrder, Dispatch<SetStateAction<TimelineOrder>>] | null>(
  null,
);

const subscribe = () => () => {};

function useTimelineOrder() {
  const context = use(OrderContext);
  if (!context) throw new Error("Timeline order parts must be inside TimelineOrderProvider.");
  return context;
}

/** Holds the chosen order for the switch and the list of one timeline section. */
export function TimelineOrderProvider({ children }: { children: ReactNode }) {
  const state = useState<TimelineOrder>("newest");
  return <OrderContext value={state}>{children}</OrderContext>;
}

interface TimelineOrderSwitchProps {
  legend: string;
  newestFirst: string;
  oldestFirst: string;
}

/** Two radio buttons choosing the order; kept invisible (its place held) until JavaScript runs. */
export function TimelineOrderSwitch({
  legend,
  newestFirst,
  oldestFirst,
}: TimelineOrderSwitchProps) {
  const [order, setOrder] = useTimelineOrder();
  // False on the server and during hydration, true once running in the browser.
  const enhanced = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const options: [TimelineOrder, string][] = [
    ["newest", newestFirst],
    ["oldest", oldestFirst],
  ];
  return (
    <fieldset className={clsx("print:hidden", !enhanced && "invisible")} disabled={!enhanced}>
      <legend className="mb-1 text-sm font-semibold profile-muted">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map(([value, label]) => (
          <label key={value} className="order-option">
            <input
              type="radio"
              name="timeline-order"
              value={value}
              checked={order === value}
              onChange={() => setOrder(value)}
              className="size-4 accent-accent-700 dark:accent-accent-300"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The events (server-rendered <li> elements), in the chosen order. */
export function TimelineOrderedList({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  const [order] = useTimelineOrder();
  const items = Children.toArray(children);
  return <ol className={className}>{order === "oldest" ? items.reverse() : items}</ol>;
}
