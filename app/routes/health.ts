import { sql } from 'kysely';
import { getRuntime } from '~/lib/runtime.server';

export async function loader() {
  const { database } = await getRuntime();
  await sql`select 1`.execute(database.db);
  return Response.json({ status: 'ok', database: database.kind });
}
