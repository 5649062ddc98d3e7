"use client";

import {
  startTransition,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import type {
  ChartDatum,
  StatisticsBarChartProps,
} from "@/components/statistics/statistics-bar-chart";

interface StatisticsLazyChartProps {
  data: ChartDatum[];
  layout: "bars" | "columns";
  height: number;
  /** The server-drawn static chart, shown until Recharts has drawn this one. */
  children: ReactNode;
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 200);
}

/**
 * Charts waiting to be drawn. Recharts lays a chart out through synchronous re-renders as its
 * parts register in its store, work that a transition cannot split (measured: one task of about
 * 300 ms for the charts in view on a loaded machine); one chart per idle period keeps each piece
 * short.
 */
const waiting = new Set<() => Promise<void>>();
let drawing = false;

function drawInTurn(draw: () => Promise<void>): () => void {
  waiting.add(draw);
  if (!drawing) drawNext();
  return () => waiting.delete(draw);
}

function drawNext() {
  const [next] = waiting;
  drawing = next !== undefined;
  if (!next) return;
  whenIdle(() => {
    waiting.delete(next);
    // The next chart waits for the browser's next idle period, after React has drawn this one.
    void next().finally(() => whenIdle(drawNext));
  });
}

/**
 * A chart that loads Recharts only when it comes into view, and then while the browser is idle,
 * one chart at a time (see drawInTurn), rendering it as a transition. Until then, and
 * without JavaScript, the static chart drawn on the server stands in its place, in a box of the
 * same height. Recharts and its dependencies are then not part of the page's own JavaScript, and
 * hydrating the page does not wait for four charts to be drawn.
 */
export function StatisticsLazyChart({ data, layout, height, children }: StatisticsLazyChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<StatisticsBarChartProps> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancel = () => {};
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      cancel = drawInTurn(() =>
        import("@/components/statistics/statistics-bar-chart").then((module) =>
          startTransition(() => setChart(() => module.StatisticsBarChart)),
        ),
      );
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, []);

  return (
    <div
      ref={box}
      aria-hidden="true"
      className="w-full text-slate-800 dark:text-slate-200"
      style={{ height }}
    >
      {Chart ? <Chart data={data} layout={layout} /> : children}
    </div>
  );
}
