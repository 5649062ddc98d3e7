import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The pg driver adapter, with interactive transactions that always give their connection back
 * to the pool.
 *
 * Why: Prisma 6.19's transaction manager ends a transaction by sending "ROLLBACK" (or "COMMIT")
 * and only afterwards calls the adapter's rollback() (commit()), which releases the pooled
 * connection. When the database goes away in the middle of a transaction, the ROLLBACK fails,
 * the release never comes, and the connection stays checked out for good. Measured against a
 * real PostgreSQL stopped mid-transaction: after as many cut transactions as the pool has
 * connections, every query waited forever, although the database was back
 * (tests/integration/outage-recovery.test.ts). Here a failed COMMIT or ROLLBACK releases the
 * connection (pg's pool drops one that is broken), and a later rollback()/commit() does nothing.
 */
export class ReleasingPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      releaseOnFailedEnd(await start(isolationLevel));
    return adapter;
  }
}

function releaseOnFailedEnd(transaction: Transaction): Transaction {
  let released = false;
  const once = (end: () => Promise<void>) => async () => {
    if (released) return;
    released = true;
    await end();
  };
  const commit = once(transaction.commit.bind(transaction));
  const rollback = once(transaction.rollback.bind(transaction));
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.commit = commit;
  transaction.rollback = rollback;
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.sql === "COMMIT" || query.sql === "ROLLBACK") await rollback();
      throw error;
    }
  };
  return transaction;
}
