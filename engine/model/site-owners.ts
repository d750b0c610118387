/**
 * The agency kinds that own the incident's site (the enterprise, the coal mine and its dispatch room, the school): their
 * `activateResponse` starts their own emergency plan (生产安全事故应急条例 第十七条: 生产经营单位应当立即启动生产安全事故
 * 应急救援预案; 493号令 第十四条), never the county's response level, which only a government seat starts (应对法 第七十一、
 * 七十二条). A plain list, so the browser client can label the command without the scenario schema.
 */
export const SITE_OWNER_KINDS = ["enterprise", "coalMine", "mineDispatch", "school"] as const;
