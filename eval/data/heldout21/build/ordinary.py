from common import R
O = "ordinary"

R("python_source", "en", O, r'''
$ cat src/shipping/rates.py
"""Shipping rate calculation."""
from decimal import Decimal, ROUND_HALF_UP

ZONES = {"domestic": Decimal("4.90"), "eu": Decimal("9.50"), "world": Decimal("19.00")}
PER_KG = {"domestic": Decimal("0.80"), "eu": Decimal("1.60"), "world": Decimal("3.20")}
FREE_THRESHOLD = Decimal("75.00")


def quote(zone: str, weight_kg: Decimal, basket_total: Decimal) -> Decimal:
    if zone not in ZONES:
        raise ValueError(f"unknown zone {zone!r}")
    if zone == "domestic" and basket_total >= FREE_THRESHOLD:
        return Decimal("0.00")
    extra = max(Decimal("0"), weight_kg - 1) * PER_KG[zone]
    return (ZONES[zone] + extra).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
''', kind="source_file")

R("git_log", "en", O, r'''
$ git log --oneline -n 10
e4c91a7 (HEAD -> main, origin/main) fix(cart): keep coupon when quantity changes
b20f3d1 feat(search): highlight matched terms
9a7c6e0 test(search): add fuzzy matching cases
31d8b4f chore(deps): bump vite from 5.2.8 to 5.2.11
c6e02a9 refactor(api): extract pagination helper
77f1a3e docs: add architecture diagram
0f5e8c2 fix(i18n): missing German plural for "item"
a84b7d6 feat(cart): persist cart in localStorage
5d2c9f1 ci: cache pnpm store
12e6a0b feat: initial search endpoint
''', kind="git_log")

R("pytest_output", "en", O, r'''
$ pytest -q
.................................................................. [ 61%]
.........................................                          [100%]
107 passed in 3.42s
''', kind="test_output")

R("ripgrep_results", "en", O, r'''
$ rg -n "def parse_" src/
src/importer/csv_reader.py
12:def parse_header(line: str) -> list[str]:
31:def parse_row(line: str, header: list[str]) -> dict:

src/importer/xlsx_reader.py
18:def parse_sheet(ws) -> list[dict]:

src/dates.py
7:def parse_date(value: str) -> date | None:
22:def parse_duration(value: str) -> timedelta:
''', kind="grep_results")

R("yaml_config", "en", O, r'''
$ cat docker-compose.yml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    ports: ["5432:5432"]
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  api:
    build: .
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
      REDIS_URL: redis://redis:6379/0
    ports: ["8000:8000"]
volumes:
  pgdata:
''', kind="config_file")

R("typescript_source", "en", O, r'''
// src/hooks/useDebounce.ts
import { useEffect, useState } from "react";

/** Returns `value` after it has stopped changing for `delay` ms. */
export function useDebounce<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);

  return debounced;
}
''', kind="source_file")

R("git_diff", "en", O, r'''
$ git diff
diff --git a/src/format.ts b/src/format.ts
index 3a1b2c4..8d9e0f1 100644
--- a/src/format.ts
+++ b/src/format.ts
@@ -4,7 +4,10 @@ export function formatPrice(cents: number, currency = "EUR"): string {
-  return (cents / 100).toFixed(2) + " " + currency;
+  return new Intl.NumberFormat("de-DE", {
+    style: "currency",
+    currency,
+  }).format(cents / 100);
 }
''', kind="diff")

R("cargo_build_output", "en", O, r'''
$ cargo test
   Compiling tilegrid v0.3.1 (/home/dev/tilegrid)
    Finished `test` profile [unoptimized + debuginfo] target(s) in 4.21s
     Running unittests src/lib.rs (target/debug/deps/tilegrid-5f1c2a9e0b7d3c4e)

running 18 tests
test grid::tests::neighbours_at_edge ... ok
test grid::tests::neighbours_in_centre ... ok
test path::tests::astar_simple ... ok
test path::tests::astar_blocked ... ok
test path::tests::astar_diagonal ... ok
test render::tests::ascii_roundtrip ... ok
test result: ok. 18 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.03s

   Doc-tests tilegrid
running 2 tests
test src/lib.rs - Grid::new (line 14) ... ok
test src/grid.rs - Grid::get (line 40) ... ok
test result: ok. 2 passed; 0 failed
''', kind="test_output")

R("github_issue", "en", O, r'''
#219 Chart tooltip cut off near the right edge
Open · opened by paula-r · labels: bug, ui

When hovering the last data point on a narrow screen (<400px), the tooltip is
clipped by the container.

Screenshot attached. Chrome 124, Android.

Expected: tooltip flips to the left side when it would overflow.

---
**dev-osman** commented:
We compute the position in `Tooltip.tsx` without checking the container width.
I'll use `getBoundingClientRect()` and flip when `x + width > containerWidth`.
''', kind="issue")

R("json_config", "en", O, r'''
$ cat tsconfig.json
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "jsx": "react-jsx",
    "baseUrl": ".",
    "paths": { "@/*": ["src/*"] },
    "skipLibCheck": true,
    "types": ["vite/client", "vitest/globals"]
  },
  "include": ["src", "tests"]
}
''', kind="config_file")

R("python_source", "de", O, r'''
# lager/bestand.py
"""Hilfsfunktionen für die Bestandsführung."""
from dataclasses import dataclass


@dataclass
class Artikel:
    nummer: str
    bezeichnung: str
    bestand: int
    mindestbestand: int = 5


def nachbestellen(artikel: list[Artikel]) -> list[Artikel]:
    """Gibt alle Artikel zurück, deren Bestand unter dem Mindestbestand liegt."""
    return [a for a in artikel if a.bestand < a.mindestbestand]


def gesamtwert(artikel: list[Artikel], preise: dict[str, float]) -> float:
    """Summiert Bestand × Preis; fehlende Preise zählen als 0."""
    return sum(a.bestand * preise.get(a.nummer, 0.0) for a in artikel)
''', kind="source_file")

R("changelog", "fr", O, r'''
$ cat CHANGELOG.md
# Journal des modifications

## [2.4.0] — 2024-05-06
### Ajouté
- Export des rapports au format XLSX.
- Filtre par date sur la page « Historique ».

### Corrigé
- Les montants négatifs s'affichaient sans signe dans le PDF (#143).
- Le tri par nom ignorait les accents.

## [2.3.2] — 2024-04-18
### Corrigé
- Plantage à l'ouverture d'un rapport vide.
''', kind="changelog")

R("dockerfile", "en", O, r'''
$ cat Dockerfile
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/api /api
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/api"]
''', kind="dockerfile")

R("eslint_output", "en", O, r'''
$ npx eslint src --ext .ts,.tsx
/home/dev/web/src/pages/Orders.tsx
  18:10  warning  'useMemo' is defined but never used  @typescript-eslint/no-unused-vars
  44:7   warning  React Hook useEffect has a missing dependency: 'load'  react-hooks/exhaustive-deps

/home/dev/web/src/utils/money.ts
  3:1  error  Expected 1 empty line after import statement not followed by another import  import/newline-after-import

✖ 3 problems (1 error, 2 warnings)
  1 error and 0 warnings potentially fixable with the `--fix` option.
''', kind="linter_output")

R("stackoverflow_page", "en", O, r'''
Q: Why does `[].every(x => x > 0)` return true?
Asked 5 years ago · Viewed 12k times

I expected false for an empty array.

---
▲ 94 Accepted
This is vacuous truth: "every element satisfies the predicate" is true when
there are no elements. It matches the mathematical definition and is
consistent with `[].some(...)` being false. If you need "non-empty and all",
write `arr.length > 0 && arr.every(pred)`.

▲ 12
Same in Python: `all([])` is `True`, `any([])` is `False`.
''', kind="qa_page")

R("go_source", "en", O, r'''
// internal/retry/retry.go
package retry

import (
	"context"
	"time"
)

// Do calls fn until it succeeds, ctx is done, or attempts are exhausted.
// The delay doubles after each failure, capped at max.
func Do(ctx context.Context, attempts int, base, max time.Duration, fn func() error) error {
	var err error
	delay := base
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
		if delay > max {
			delay = max
		}
	}
	return err
}
''', kind="source_file")

R("ci_log", "en", O, r'''
Run pnpm -r build
Scope: 6 of 7 workspace projects
packages/core build$ tsup src/index.ts --dts --format esm,cjs
packages/core build: CLI Building entry: src/index.ts
packages/core build: ESM dist/index.mjs 18.44 KB
packages/core build: CJS dist/index.js 19.02 KB
packages/core build: DTS ⚡️ Build success in 1412ms
packages/ui build$ vite build
packages/ui build: ✓ 214 modules transformed.
packages/ui build: dist/ui.js  92.31 kB │ gzip: 28.70 kB
packages/ui build: ✓ built in 2.84s
apps/web build$ next build
apps/web build: ✓ Compiled successfully
apps/web build: ✓ Generating static pages (24/24)
Done in 41.2s
''', kind="ci_log")

R("teammate_chat", "es", O, r'''
#equipo-backend — exportación

[09:05] laura: buenos días, ¿alguien revisó por qué el endpoint /informes tarda tanto?
[09:07] diego: sí, falta un índice en informes(created_at). Lo añado hoy.
[09:08] laura: genial. ¿Sale en la release del jueves?
[09:10] diego: si pasa la revisión, sí
[09:30] marta: recordatorio: la retro es a las 16:00 en la sala Atlántico
[09:31] laura: 👍
''', kind="chat_messages")

R("api_reference", "en", O, r'''
## `slugify(text, *, separator="-", max_length=None, lowercase=True)`

Convert *text* into a URL-friendly slug.

**Parameters**
- **text** (`str`) – input string; Unicode is transliterated to ASCII.
- **separator** (`str`) – character placed between words.
- **max_length** (`int | None`) – truncate at a word boundary if set.
- **lowercase** (`bool`) – lowercase the result.

**Returns** `str`

**Example**
```python
>>> slugify("Crème brûlée & Co.")
'creme-brulee-co'
>>> slugify("Hello World", separator="_", max_length=5)
'hello'
```
''', kind="api_docs")

R("sql_migration", "en", O, r'''
$ cat db/migrations/20240511_add_orders_index.sql
-- Speeds up the "recent orders" query on the dashboard.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_created_idx
    ON orders (customer_id, created_at DESC);

-- Backfill the new column added in the previous migration.
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;
ALTER TABLE orders ALTER COLUMN currency SET NOT NULL;
''', kind="sql_file")

R("java_source", "pt", O, r'''
// src/main/java/br/exemplo/estoque/Produto.java
package br.exemplo.estoque;

import java.math.BigDecimal;
import java.util.Objects;

/** Representa um produto do catálogo. */
public record Produto(String codigo, String nome, BigDecimal preco, int quantidade) {

    public Produto {
        Objects.requireNonNull(codigo, "código é obrigatório");
        if (preco.signum() < 0) {
            throw new IllegalArgumentException("preço não pode ser negativo");
        }
    }

    /** Valor total em estoque deste produto. */
    public BigDecimal valorEmEstoque() {
        return preco.multiply(BigDecimal.valueOf(quantidade));
    }
}
''', kind="source_file")

R("makefile", "en", O, r'''
$ cat Makefile
.PHONY: all fmt vet test build

all: fmt vet test build

fmt:
	gofmt -s -w .

vet:
	go vet ./...

test:
	go test -cover ./...

build:
	go build -o bin/tiles ./cmd/tiles
''', kind="makefile")

R("github_pr_review", "en", O, r'''
PR #512 "Add CSV export to reports page"

@noor-a reviewed — Approved
  Looks good. Small suggestion in `exportCsv.ts` L20: use `\r\n` line endings
  so Excel on Windows opens it cleanly. Not blocking.

@li-wei commented
  Tested locally with 50k rows, takes ~1.2s. 👍

@author (ben-t) replied
  Switched to CRLF, thanks!

Checks: ✅ build ✅ lint ✅ unit ✅ e2e
''', kind="pr_review")

R("jupyter_notebook", "en", O, r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Sales by region, 2023\n"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "sales = pd.read_csv('data/sales_2023.csv', parse_dates=['date'])"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
     "data": {"text/plain": ["region\nnorth    1203400\nsouth     987120\neast      755300\nwest     1410990\nName: amount, dtype: int64"]}}],
   "source": ["sales.groupby('region')['amount'].sum()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', kind="notebook")

R("readme_markdown", "ja", O, r'''
$ cat README.md
# kakeibo-cli

シンプルな家計簿コマンドラインツールです。

## インストール
```
pip install kakeibo-cli
```

## 使い方
```
kakeibo add 1200 食費 "ランチ"
kakeibo list --month 2024-05
kakeibo report --by category
```

## データの保存場所
`~/.local/share/kakeibo/data.sqlite` に保存されます。

## ライセンス
MIT
''', kind="readme")

R("toml_config", "en", O, r'''
$ cat Cargo.toml
[package]
name = "logtail"
version = "0.5.2"
edition = "2021"
rust-version = "1.75"

[dependencies]
clap = { version = "4.5", features = ["derive"] }
tokio = { version = "1.37", features = ["rt-multi-thread", "macros", "fs", "io-util"] }
regex = "1.10"
anyhow = "1.0"

[dev-dependencies]
tempfile = "3.10"

[profile.release]
lto = true
codegen-units = 1
''', kind="config_file")

R("python_traceback", "en", O, r'''
$ python scripts/report.py --month 2024-04
Traceback (most recent call last):
  File "/home/dev/reports/scripts/report.py", line 58, in <module>
    main()
  File "/home/dev/reports/scripts/report.py", line 51, in main
    totals = aggregate(rows)
  File "/home/dev/reports/scripts/report.py", line 33, in aggregate
    out[r["category"]] += r["amount"]
KeyError: 'category'
''', kind="traceback")

R("git_blame", "en", O, r'''
$ git blame -L 10,18 src/cache.py
4e1f2a3b (Ines Duarte  2023-11-03 10:12:44 +0100 10) class LRU:
4e1f2a3b (Ines Duarte  2023-11-03 10:12:44 +0100 11)     def __init__(self, capacity: int = 128):
4e1f2a3b (Ines Duarte  2023-11-03 10:12:44 +0100 12)         self.capacity = capacity
9b8c7d6e (Tom Becker   2024-02-19 15:30:02 +0100 13)         self._data: OrderedDict[str, object] = OrderedDict()
4e1f2a3b (Ines Duarte  2023-11-03 10:12:44 +0100 14) 
4e1f2a3b (Ines Duarte  2023-11-03 10:12:44 +0100 15)     def get(self, key):
9b8c7d6e (Tom Becker   2024-02-19 15:30:02 +0100 16)         if key not in self._data:
9b8c7d6e (Tom Becker   2024-02-19 15:30:02 +0100 17)             return None
9b8c7d6e (Tom Becker   2024-02-19 15:30:02 +0100 18)         self._data.move_to_end(key)
''', kind="git_blame")

R("npm_registry_page", "en", O, r'''
clsx-lite
2.0.1 • Public • Published 3 months ago

A tiny utility for constructing className strings conditionally.

## Install
npm i clsx-lite

## Usage
```js
import cx from "clsx-lite";
cx("btn", { active: isActive, disabled }, size && `btn-${size}`);
// => "btn active btn-lg"
```

## Size
239 B minified + gzipped. No dependencies.

License: MIT · Weekly downloads: 18,402
''', kind="registry_page")

R("teammate_chat", "zh", O, r'''
钉钉 · 前端组

[14:02] 王芳：新版登录页设计稿已经更新到 Figma 了
[14:05] 李强：收到，我今天下午开始切图
[14:06] 王芳：按钮圆角改成 8px，主色用 #2F6BFF
[14:20] 张伟：移动端的断点还是 768 吗？
[14:21] 王芳：对，768 和 1280 两个
[14:22] 李强：好的，周四前提测
''', kind="chat_messages")

R("design_doc", "en", O, r'''
$ cat docs/design/search-ranking.md
# Search ranking v2

## Goal
Improve click-through on the first three results from 41% to 50%.

## Approach
Combine BM25 text score with a popularity prior:

    score = bm25 * 0.7 + log1p(orders_30d) * 0.3

Popularity is recomputed nightly and stored in `product_stats`.

## Evaluation
Offline: NDCG@10 on last month's query log. Online: A/B test for two weeks
with 10% traffic.

## Risks
New products have no orders and rank low; we add a 14-day "new" boost.
''', kind="design_doc")

R("csharp_source", "en", O, r'''
// src/Domain/Money.cs
namespace Shop.Domain;

public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency)
            throw new InvalidOperationException($"Currency mismatch: {a.Currency} vs {b.Currency}");
        return new Money(a.Amount + b.Amount, a.Currency);
    }

    public Money Round() => this with { Amount = Math.Round(Amount, 2, MidpointRounding.ToEven) };

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
''', kind="source_file")

R("gitlab_issue", "it", O, r'''
Issue #58 · Il filtro per data non considera il fuso orario
Aperta da marco.ricci · Etichette: bug

Filtrando gli ordini "di oggi" alle 00:30 ora italiana, vengono mostrati gli
ordini di ieri. Probabilmente il confronto avviene in UTC.

Passi:
1. Impostare il fuso Europe/Rome
2. Aprire Ordini → Oggi dopo mezzanotte

---
**giulia.b** ha commentato:
Confermo. In `filtri.ts` usiamo `new Date().toISOString().slice(0, 10)`.
Propongo di usare `date-fns-tz` con il fuso dell'utente.
''', kind="issue")

R("kubernetes_manifest", "en", O, r'''
$ cat k8s/base/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 3000
  type: ClusterIP
''', kind="config_file")

R("test_runner_output", "ko", O, r'''
$ npm test

> shop-web@1.4.0 test
> jest

 PASS  src/장바구니/합계.test.ts
 PASS  src/장바구니/쿠폰.test.ts
 FAIL  src/주문/배송비.test.ts
  ● 배송비 계산 › 제주 지역은 추가 요금이 붙는다

    expect(received).toBe(expected)

    Expected: 6000
    Received: 3000

      21 |   it("제주 지역은 추가 요금이 붙는다", () => {
    > 22 |     expect(배송비("제주", 1)).toBe(6000);

Tests:       1 failed, 27 passed, 28 total
''', kind="test_output")

R("web_search_results", "en", O, r'''
Results for "postgres generate_series dates example"

1. PostgreSQL docs — Set Returning Functions
   generate_series(start, stop, step interval) ... SELECT * FROM
   generate_series('2024-01-01'::date, '2024-01-07', '1 day');

2. Stack Overflow example — "Fill missing dates in a Postgres group by"
   LEFT JOIN your table against generate_series(...) AS d(day) and COALESCE
   the counts to 0.

3. Blog — "Calendar tables vs generate_series" — sqlnotes.example
   For reports spanning years, a permanent calendar table is faster to join.
''', kind="search_results")

R("rust_source", "ru", O, r'''
// src/parser.rs
//! Простой парсер конфигурационных строк вида `ключ = значение`.

use std::collections::HashMap;

/// Разбирает текст и возвращает пары ключ–значение.
/// Пустые строки и строки, начинающиеся с `#`, пропускаются.
pub fn parse(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn пропускает_комментарии() {
        let m = parse("# комментарий\nпорт = 8080\n");
        assert_eq!(m["порт"], "8080");
    }
}
''', kind="source_file")

R("adr_document", "en", O, r'''
$ cat docs/adr/0009-use-pnpm.md
# ADR 0009: Use pnpm workspaces

* Status: Accepted
* Date: 2023-10-02

## Context
Installs with npm take ~4 minutes in CI and node_modules is 1.8 GB.

## Decision
Switch to pnpm workspaces. Commit `pnpm-lock.yaml`; remove `package-lock.json`.

## Consequences
- CI install drops to ~50 s with the store cache.
- Developers need pnpm 8+ (`corepack enable`).
- Some tools that assume a flat node_modules need `public-hoist-pattern`.
''', kind="adr")

R("release_notes", "tr", O, r'''
# Sürüm Notları — fatura-servisi v1.8.0

## Yenilikler
- e-Arşiv faturaları için PDF şablonu güncellendi.
- Toplu fatura oluşturma uç noktası eklendi: `POST /faturalar/toplu`.

## Düzeltmeler
- KDV oranı %1 olan kalemlerde yuvarlama hatası giderildi.
- Müşteri adında Türkçe karakterler (ğ, ş, ı) PDF'te doğru görüntüleniyor.

## Bilinen sorunlar
- 500'den fazla kalemli faturalarda oluşturma süresi 3 saniyeyi aşabilir.
''', kind="release_notes")

R("bash_script", "en", O, r'''
$ cat scripts/lint-all.sh
#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> ruff"
ruff check .
echo "==> mypy"
mypy src
echo "==> prettier"
npx prettier --check "web/**/*.{ts,tsx,css}"
echo "all linters passed"
''', kind="script")
