/**
 * The map panel: one Phaser game in a div, fed the console model on every change. The game is
 * made once per mount; patches only redraw, so nothing jumps. Zoom buttons for people without
 * a wheel or a second finger.
 */
import * as Phaser from "phaser";
import { useEffect, useRef } from "preact/hooks";
import { lang, t, useLang } from "../i18n/index.ts";
import { mapHintKey, type ConsoleModel } from "../model/console.ts";
import { MapScene } from "./map-scene.ts";
import { STATUS_MARK } from "./palette.ts";
import { statusName } from "../i18n/describe.ts";
import type { SiteScene } from "./site-scene.ts";

declare global {
  interface Window { __lianyan?: { map?: MapScene; site?: SiteScene } }
}

/** `picking`: a dispatch waits for its destination (the hint asks for it); else the hint says what a tap does. */
export function MapView(props: { model: ConsoleModel; onPick?: (place: string) => void; picking?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const scene = useRef<MapScene | undefined>(undefined);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;

  useEffect(() => {
    // the canvas at the device's resolution (a phone at 3× would blur a 1 px-per-CSS-px canvas), shown
    // at the CSS size by the scale manager's zoom, which also maps touches back to canvas pixels
    const dpr = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    const s = new MapScene({ onPick: (id) => pick.current?.(id), lang, pixelRatio: dpr, fontFamily: getComputedStyle(document.body).fontFamily });
    scene.current = s;
    const game = new Phaser.Game({
      // Canvas 2D at 15 fps: the map changes with patches (10 Hz), and phones and software-GL laptops stay cool
      type: Phaser.CANVAS, parent: host.current!, backgroundColor: "#f4f1ea", fps: { target: 15, forceSetTimeOut: true },
      // NONE, sized by the observer below: RESIZE mode ignores the zoom and would match the CSS size 1:1
      scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr, width: (host.current!.clientWidth || 360) * dpr, height: (host.current!.clientHeight || 300) * dpr },
      scene: [s], banner: false, audio: { noAudio: true },
      input: { touch: { capture: true } },
    } as Phaser.Types.Core.GameConfig);
    window.__lianyan = { ...window.__lianyan, map: s };
    s.setModel(props.model);
    // Phaser's RESIZE mode hears window resizes only; panes change size with tabs and layout too
    const el = host.current!;
    // the zoom buttons, legend and hint sit over the canvas: labels are placed clear of them
    const covered = () => {
      const at = el.getBoundingClientRect();
      s.setCovered([...el.parentElement!.querySelectorAll<HTMLElement>(".map-zoom, .map-legend, .map-hint")].map((o) => o.getBoundingClientRect()).filter((r) => r.width > 0)
        .map((r) => ({ x: r.left - at.left, y: r.top - at.top, w: r.width, h: r.height })));
    };
    const ro = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientHeight > 0) game.scale.resize(el.clientWidth * dpr, el.clientHeight * dpr);
      covered();
    });
    ro.observe(el);
    const legend = el.parentElement!.querySelector(".map-legend");
    legend?.addEventListener("toggle", covered);
    return () => (ro.disconnect(), legend?.removeEventListener("toggle", covered), game.destroy(true));
  }, []);

  // place and unit names are drawn in the page's language: redrawn when it changes, not only with the model
  const language = useLang();
  useEffect(() => {
    scene.current?.setModel(props.model);
  }, [props.model, language]);

  // a console on standby (a seat not yet told, an observer before any seat is) says why its map is empty, tap or not
  const hint = props.onPick || props.model.standby ? mapHintKey(props.model, !!props.picking) : undefined;
  return (
    <div class="map-wrap">
      <div class="map" ref={host} data-testid="map" />
      <div class="map-zoom">
        <button type="button" aria-label="+" onClick={() => scene.current?.zoomBy(1.4)}>＋</button>
        <button type="button" aria-label="-" onClick={() => scene.current?.zoomBy(0.7)}>－</button>
      </div>
      <details class="map-legend">
        <summary>{t("map.legend")}</summary>
        <div><span class="lg lg-incident">◆</span>{t("map.incident")}</div>
        <div><span class="lg lg-unit">●</span>{t("map.unitsDot")}</div>
        {/* each one-character status mark beside a unit, with its whole word (newcomer 19 item 5: 出/作/展 unexplained) */}
        <dl class="lg-marks" data-testid="legend-marks" aria-label={t("deskAid.marks")}>
          {Object.entries(STATUS_MARK[lang() === "en" ? "en" : "zh"]).map(([status, mark]) => (
            <div key={status}><dt class="lg">{mark}</dt><dd>{statusName(status)}</dd></div>
          ))}
        </dl>
        <div><span class="lg lg-cordon">◯</span>{t("map.cordon")}</div>
        <div><span class="lg lg-warning">◯</span>{t("map.warning")}</div>
        <div><span class="lg lg-reading">■</span>{t("map.reading")}</div>
        {/* the ERG circle and square are drawn for a toxic release only (overlay.ts): no legend line for a flood or a fire */}
        {props.model.omniscient && props.model.hazardModel === "chemical-release" ? <div><span class="lg lg-erg">▭</span>{t("map.erg")}</div> : null}
      </details>
      {hint ? <div class={`map-hint ${props.picking && !props.model.standby ? "map-hint-on" : ""}`} data-testid="map-hint">{t(hint)}</div> : null}
    </div>
  );
}
