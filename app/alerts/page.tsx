import type { Metadata } from "next";
import { AlertsScreen } from "@/components/alerts/alerts-screen";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Alerts" };

export default function AlertsPage() {
  return (
    <div className="space-y-3">
      <PageTitle>Alerts</PageTitle>
      <AlertsScreen />
    </div>
  );
}
