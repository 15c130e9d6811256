// Recorded with every stored prediction; bump when a formula, constant or default changes.
export const MODEL_VERSION = "2026.12-2";
