import type { Linter } from "eslint";

export const boundaryConfigs: Linter.Config[];
