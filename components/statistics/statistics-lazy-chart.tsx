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

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(callback, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}

/**
 * A chart that loads Recharts only when it comes near the viewport, and then while the browser is
 * idle, rendering it as a transition (React yields to input while it works). Until then, and
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
    let active = true;
    let cancelIdle = () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancelIdle = whenIdle(() => {
          void import("@/components/statistics/statistics-bar-chart").then((module) => {
            if (active) startTransition(() => setChart(() => module.StatisticsBarChart));
          });
        });
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => {
      active = false;
      observer.disconnect();
      cancelIdle();
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
