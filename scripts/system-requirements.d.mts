export function chromiumPath(): string | null;

export const REQUIREMENTS: {
  what: string;
  present: () => boolean;
  aptPackages: string[];
  otherwise: string;
}[];
