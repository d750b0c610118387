/** The site view panel: a Phaser scene of the mine section or the school plan, with a legend in words. */
import * as Phaser from "phaser";
import { useEffect, useRef } from "preact/hooks";
import { lang, t, useLang } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { SiteScene } from "./site-scene.ts";

export function SiteView(props: { model: ConsoleModel }) {
  const host = useRef<HTMLDivElement>(null);
  const scene = useRef<SiteScene | undefined>(undefined);
  useEffect(() => {
    // at the device's resolution, like the map (MapView): NONE mode, sized below, shown at CSS size by the zoom
    const dpr = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    const s = new SiteScene(lang, dpr, getComputedStyle(document.body).fontFamily);
    scene.current = s;
    window.__lianyan = { ...window.__lianyan, site: s }; // test hook, as the map's
    const game = new Phaser.Game({ type: Phaser.CANVAS, fps: { target: 10, forceSetTimeOut: true }, parent: host.current!, backgroundColor: "#ffffff", scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr, width: 320 * dpr, height: 260 * dpr }, scene: [s], banner: false, audio: { noAudio: true } } as Phaser.Types.Core.GameConfig);
    s.setModel(props.model);
    const el = host.current!;
    const ro = new ResizeObserver(() => el.clientWidth > 0 && el.clientHeight > 0 && game.scale.resize(el.clientWidth * dpr, el.clientHeight * dpr));
    ro.observe(el);
    return () => (ro.disconnect(), game.destroy(true));
  }, []);
  const language = useLang(); // floor and room names follow the page's language
  useEffect(() => scene.current?.setModel(props.model), [props.model, language]);
  const model = props.model.site?.model ?? props.model.hazardModel;
  if (!props.model.overlay || (model !== "mine-flood" && model !== "building-fire")) return <p class="empty">{t("site.none")}</p>;
  return (
    <div class="site" data-testid="site-view">
      <h3>{model === "mine-flood" ? t("site.mine") : t("site.school")}</h3>
      <div class="site-canvas" ref={host} />
    </div>
  );
}
