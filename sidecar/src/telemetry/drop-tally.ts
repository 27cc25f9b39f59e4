/**
 * Counts what the OpenTelemetry batch processors give up on: records refused because their
 * queue is full, and batches the exporter failed to deliver. The SDK reports both only through
 * its self-observability counters (`otel.sdk.processor.{span,log}.processed` with an
 * `error.type`), so this is a meter provider handed to the processors as their
 * `selfObsMeterProvider` that keeps just those two numbers, in plain memory.
 */
import { createNoopMeter, type Attributes, type Counter, type Meter, type MeterProvider, type MetricOptions } from "@opentelemetry/api";

/** Which telemetry signal lost data. */
export type DroppedSignal = "span" | "log";
/** Why: the batch queue was full, or an export failed (receiver down, timeout, refused). */
export type DropCause = "queue_full" | "export_failed";

const PROCESSED: Record<string, DroppedSignal> = {
  "otel.sdk.processor.span.processed": "span",
  "otel.sdk.processor.log.processed": "log",
};

/**
 * Dropped span and log-record counts, fed by the SDK's batch processors.
 *
 * @example
 * ```ts
 * const drops = new DropTally();
 * new BatchLogRecordProcessor({ exporter, selfObsMeterProvider: drops.meterProvider });
 * drops.total(); // 0 until the queue overflows or an export fails
 * ```
 */
export class DropTally {
  private readonly counts = new Map<`${DroppedSignal}/${DropCause}`, number>();
  private listener: ((signal: DroppedSignal, cause: DropCause, count: number) => void) | undefined;

  /** Give this to a batch processor as `selfObsMeterProvider`. */
  readonly meterProvider: MeterProvider = {
    getMeter: () => this.meter,
  };

  private readonly meter: Meter = (() => {
    // Everything but the "processed" counters stays a no-op: no queue-size callbacks, no
    // exporter histograms, nothing on the hot path.
    const meter = Object.create(createNoopMeter()) as Meter;
    const noopCounter = createNoopMeter().createCounter("noop");
    meter.createCounter = <A extends Attributes>(name: string, _options?: MetricOptions): Counter<A> => {
      const signal = PROCESSED[name];
      if (signal === undefined) return noopCounter as Counter<A>;
      return {
        add: (value: number, attributes?: A) => {
          const errorType = attributes?.["error.type"];
          if (errorType === undefined || value <= 0) return;
          this.add(signal, errorType === "queue_full" ? "queue_full" : "export_failed", value);
        },
      };
    };
    return meter;
  })();

  /** Adds to a count (the SDK does this; tests may too). */
  add(signal: DroppedSignal, cause: DropCause, count: number): void {
    const key = `${signal}/${cause}` as const;
    this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.listener?.(signal, cause, count);
  }

  /** The count for one signal and cause. */
  get(signal: DroppedSignal, cause: DropCause): number {
    return this.counts.get(`${signal}/${cause}`) ?? 0;
  }

  /** Everything dropped so far, all signals and causes. */
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Every non-zero count, for a metric callback. */
  entries(): { signal: DroppedSignal; cause: DropCause; count: number }[] {
    return [...this.counts].map(([key, count]) => {
      const [signal, cause] = key.split("/") as [DroppedSignal, DropCause];
      return { signal, cause, count };
    });
  }

  /** Called on every drop (one listener: the telemetry's rate-limited warning). */
  onDrop(listener: (signal: DroppedSignal, cause: DropCause, count: number) => void): void {
    this.listener = listener;
  }
}
