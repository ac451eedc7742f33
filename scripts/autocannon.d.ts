// The part of autocannon's programmatic API that `npm run bench` uses (the package has no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    ignoreCoordinatedOmission?: boolean;
    headers?: Record<string, string>;
    timeout?: number;
  };
  type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
  type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: Histogram & { sent: number };
    latency: Histogram;
  };
  type Instance = Promise<Result> & {
    on(
      event: 'response',
      listener: (
        client: unknown,
        statusCode: number,
        resBytes: number,
        responseTime: number,
      ) => void,
    ): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
