import type { Metadata } from "next";
import { SessionsScreen } from "@/components/sessions/sessions-screen";

export const metadata: Metadata = { title: "Sessions" };

export default function SessionsPage() {
  return <SessionsScreen />;
}
