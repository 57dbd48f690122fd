import { RunStatus } from "@/lib/runs";
import { RunsScreen } from "@/components/runs/runs-screen";

interface Props {
  searchParams: Promise<{ status?: string | string[] }>;
}

export default async function HomePage({ searchParams }: Props) {
  const status = RunStatus.safeParse((await searchParams).status).data;
  return <RunsScreen basePath="/" status={status} />;
}
