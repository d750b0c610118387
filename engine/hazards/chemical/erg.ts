/**
 * ERG 2024 initial isolation and protective-action distances (hazards.md §1.7, Table 3, large
 * spills; transcribed from a secondary source [S-2nd]). A fixed tank has no exact ERG category:
 * it is mapped by inventory (≥ 60 t rail car, ≥ 20 t highway tank, ≥ 1 t ton cylinders).
 */
export interface ErgDistances {
  container: string;
  isolateM: number;
  protectKm: number;
}

type Row = { container: string; isolateM: number; day: [number, number, number]; night: [number, number, number] };

const TABLE3: Record<"chlorine" | "ammonia", Row[]> = {
  chlorine: [
    { container: "rail tank car", isolateM: 1000, day: [9.6, 6.3, 5.1], night: [11.0, 8.9, 6.5] },
    { container: "highway tank truck or trailer", isolateM: 600, day: [5.6, 3.3, 2.5], night: [6.4, 4.7, 3.8] },
    { container: "multiple ton cylinders", isolateM: 300, day: [1.9, 1.3, 1.0], night: [3.5, 2.3, 1.3] },
    { container: "multiple small cylinders or single ton cylinder", isolateM: 150, day: [1.3, 0.7, 0.5], night: [2.4, 1.2, 0.6] },
  ],
  ammonia: [
    { container: "rail tank car", isolateM: 300, day: [1.6, 1.2, 1.0], night: [4.1, 2.1, 1.3] },
    { container: "highway tank truck or trailer", isolateM: 150, day: [0.8, 0.5, 0.4], night: [1.8, 0.7, 0.6] },
    { container: "agricultural nurse tank", isolateM: 60, day: [0.5, 0.3, 0.3], night: [1.4, 0.3, 0.3] },
    { container: "multiple small cylinders", isolateM: 30, day: [0.3, 0.2, 0.1], night: [0.7, 0.3, 0.2] },
  ],
};

export function ergDistances(chemical: "chlorine" | "ammonia", inventoryKg: number, windMs: number, daytime: boolean): ErgDistances {
  const rows = TABLE3[chemical];
  const index = inventoryKg >= 60_000 ? 0 : inventoryKg >= 20_000 ? 1 : inventoryKg >= 1_000 ? 2 : 3;
  const row = rows[index]!;
  const kmh = windMs * 3.6;
  const wind = kmh < 10 ? 0 : kmh <= 20 ? 1 : 2;
  return { container: row.container, isolateM: row.isolateM, protectKm: (daytime ? row.day : row.night)[wind]! };
}
