/** Reading one counter or gauge from a server's `GET /metrics` (Prometheus text format). */

/** The value of the unlabelled metric `name`; throws when the server does not export it. */
export async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no metric ${name}`);
  return Number(line.split(' ')[1]);
}
