import { HubConnectionBuilder, HttpTransportType, LogLevel, type HubConnection } from "@microsoft/signalr";
import type { AlertView, CaseChanged, CaseSummary } from "./api";
import type { CallView } from "./wallCalls";

export interface FeedHandlers {
  /** Joins a group and returns its snapshot: called on connect and after every reconnect. */
  join: (connection: HubConnection) => Promise<CaseSummary[]>;
  /** A fresh snapshot and the changes that arrived while it was asked for (already given to changes). */
  snapshot: (cases: CaseSummary[], since: CaseChanged[]) => void;
  changes: (batch: CaseChanged[]) => void;
  connected: (up: boolean) => void;
  /** A surge alert raised, standing or over (pages that show none leave it out). */
  alert?: (alert: AlertView) => void;
  /** A call rang, was answered, moved up the chain or ended (pages without a queue leave it out). */
  call?: (call: CallView) => void;
}

/** The live feed: a snapshot first, then batches of changes; after a reconnect, a fresh snapshot. */
export async function startFeed(handlers: FeedHandlers): Promise<HubConnection> {
  // ?transport=longPolling for networks that block WebSockets.
  const transport = new URLSearchParams(location.search).get("transport") === "longPolling"
    ? HttpTransportType.LongPolling : HttpTransportType.WebSockets | HttpTransportType.LongPolling;
  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/wall", { transport })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(500 * (ctx.previousRetryCount + 1), 5000) })
    .configureLogging(LogLevel.Warning)
    .build();
  let duringJoin: CaseChanged[] | null = null;
  connection.on("cases", (batch: CaseChanged[]) => {
    duringJoin?.push(...batch);
    handlers.changes(batch);
  });
  const join = async () => {
    duringJoin = [];
    try {
      const cases = await handlers.join(connection);
      handlers.snapshot(cases, duringJoin);
    } finally {
      duringJoin = null;
    }
  };
  if (handlers.alert) connection.on("alert", handlers.alert);
  if (handlers.call) connection.on("call", handlers.call);
  connection.onreconnecting(() => handlers.connected(false));
  connection.onreconnected(async () => {
    await join();
    handlers.connected(true);
  });
  connection.onclose(() => {
    handlers.connected(false);
    // Automatic reconnect gave up: keep trying, as a wall left alone must.
    setTimeout(() => void connect(), 2000);
  });
  const connect = async (): Promise<void> => {
    try {
      await connection.start();
      await join();
      handlers.connected(true);
    } catch {
      handlers.connected(false);
      setTimeout(() => void connect(), 2000);
    }
  };
  await connect();
  (window as unknown as { monitoringFeed: HubConnection }).monitoringFeed = connection;
  return connection;
}
