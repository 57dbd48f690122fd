import type { Metadata } from "next";
import { AuditScreen } from "@/components/audit/audit-screen";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Audit" };

export default function AuditPage() {
  return (
    <div className="space-y-3">
      <PageTitle>Audit</PageTitle>
      <AuditScreen />
    </div>
  );
}
