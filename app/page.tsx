import type { Metadata } from "next";
import { OverviewScreen } from "@/components/overview/overview-screen";

export const metadata: Metadata = { title: "Now" };

export default function HomePage() {
  return <OverviewScreen />;
}
