import type { Metadata } from "next";
import { decodeSegment } from "@/lib/format";
import { RunStatus } from "@/lib/runs";
import { SessionScreen } from "@/components/sessions/session-screen";

interface Props {
  params: Promise<{ sessionKey: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeSegment((await params).sessionKey) };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const sessionKey = decodeSegment((await params).sessionKey);
  const status = RunStatus.safeParse((await searchParams).status).data;
  return <SessionScreen sessionKey={sessionKey} status={status} />;
}
