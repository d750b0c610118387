/** Colours and marks shared by the map, the site views and the panels. State is never carried by colour alone: every mark has a text or shape too. */
export const COLOURS = {
  bg: 0xf4f1ea, road: 0x9aa3ad, roadEdge: 0xffffff, place: 0x3b4a5a, incident: 0xd7263d,
  ownUnit: 0x1565c0, otherUnit: 0x6a1b9a, cordon: 0xd7263d, warning: 0xf29f05, erg: 0x8e24aa,
  aegl: [0, 0xffe066, 0xff9f1c, 0xd7263d] as const, reading: 0x00897b, puff: 0xc5e063,
} as const;

/** Unit status → a one-letter mark beside the unit (for colour-blind users and projectors), per language. */
export const STATUS_MARK: Record<"zh" | "en", Record<string, string>> = {
  zh: { available: "站", turningOut: "出", enRoute: "→", settingUp: "展", working: "作", onScene: "场", returning: "←" },
  en: { available: "B", turningOut: "T", enRoute: "→", settingUp: "S", working: "W", onScene: "O", returning: "←" },
};
