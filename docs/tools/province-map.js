// Makes src/main/resources/registry/statistics/thailand-provinces.json from the npm package
// @svg-maps/thailand (CC BY 4.0): `npm pack @svg-maps/thailand`, unpack, then
// `node province-map.js <geo/thai-admin/provinces.json> 0.5` in the unpacked folder.
// Converts @svg-maps/thailand (relative paths) to absolute, rounded, simplified paths keyed by DOPA code.
const fs = require("fs");
const map = JSON.parse(fs.readFileSync("package/index.js", "utf8").replace(/^export default /, "").replace(/;\s*$/, ""));
const provinces = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const norm = s => s.toLowerCase().replace(/[^a-z]/g, "");
const byName = {};
provinces.forEach(p => byName[norm(p.en)] = String(p.id));
const aliases = { buriram: "Buri Ram", nongbualamphu: "Nong Bua Lam Phu", phangnga: "Phangnga", chainat: "Chai Nat", lopburi: "Loburi" };
function codeOf(name) {
  let c = byName[norm(name)];
  if (!c && aliases[norm(name)]) c = byName[norm(aliases[norm(name)])];
  return c;
}
function absolute(path) {
  const tokens = path.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const rings = []; let ring = null; let x = 0, y = 0, sx = 0, sy = 0, i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === "m") { i++; let first = true;
      while (i < tokens.length && !/[mMzZ]/.test(tokens[i])) {
        x += parseFloat(tokens[i]); y += parseFloat(tokens[i + 1]); i += 2;
        if (first) { ring = [[x, y]]; rings.push(ring); sx = x; sy = y; first = false; } else ring.push([x, y]);
      }
    } else if (t === "z" || t === "Z") { x = sx; y = sy; i++; }
    else throw new Error("unexpected " + t);
  }
  return rings;
}
// Douglas-Peucker keeps the outline within tolerance of the original.
function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Array(points.length).fill(false); keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop(); let max = 0, index = -1;
    const [ax, ay] = points[a], [bx, by] = points[b]; const dx = bx - ax, dy = by - ay; const len = Math.hypot(dx, dy);
    for (let k = a + 1; k < b; k++) {
      const [px, py] = points[k];
      const d = len < 1e-6 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) { max = d; index = k; }
    }
    if (max > tolerance) { keep[index] = true; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, k) => keep[k]);
}
const r = v => Math.round(v * 10) / 10;
const out = []; let missing = [];
for (const l of map.locations) {
  const code = codeOf(l.name);
  if (!code) { missing.push(l.name); continue; }
  const d = absolute(l.path).map(ring => simplify(ring, parseFloat(process.argv[3] || "0.4")))
    .filter(ring => ring.length >= 3)
    .map(ring => "M" + ring.map(([x, y]) => r(x) + " " + r(y)).join("L") + "Z").join("");
  out.push({ code, d });
}
out.sort((a, b) => a.code.localeCompare(b.code));
console.error("provinces", out.length, "not provinces:", missing);
fs.writeFileSync("thailand-provinces.json", JSON.stringify({ viewBox: map.viewBox, provinces: out }));
