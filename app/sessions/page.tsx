import type { Metadata } from "next";
import { SessionsScreen } from "@/components/sessions/sessions-screen";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Sessions" };

export default function SessionsPage() {
  return (
    <div className="space-y-3">
      <PageTitle>Sessions</PageTitle>
      <SessionsScreen />
    </div>
  );
}
